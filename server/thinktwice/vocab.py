"""The fixed words of the API: actions, roles, accounts, categories and severities."""

ACTIONS = ("post", "reply", "comment", "profile", "message", "like", "share", "repost", "quote")
ENDORSING_ACTIONS = frozenset({"like", "share", "repost", "quote"})
REPUBLISHING_ACTIONS = frozenset({"share", "repost", "quote"})
ROLES = ("staff", "trustee", "officer", "volunteer", "student-media")
ACCOUNTS = ("official", "personal")
CATEGORIES = ("political", "branding", "endorsement", "personal-data", "confidential", "offensive",
              "disparaging", "commercial", "copyright", "media")
SEVERITIES = ("info", "caution", "warning")
SEVERITY_RANK = {"ok": 0, "info": 1, "caution": 2, "warning": 3}
