"""The running service's state: its rule pack and updates, the user's settings, the audit log, the pairing token."""
