"""Detectors find things in a text (a party name, a phone number, a slur) with their spans.

They know nothing about organisations' policies: `policy.py` decides what a finding means.
"""
