"""Every key a rule pack may use, in one place: the loader refuses any other, and docs/rules.md must
document each one (tests/test_rules_doc.py).

Detector rules are of one `kind` from a closed set, as Vale's rules extend one of its checks; each
kind takes the common keys plus its own, and nothing else.
"""
from __future__ import annotations

# pack.toml
PACK_KEYS = {"name", "version", "created", "as_of", "review_by", "elections"}

# [lexicons.NAME]
LEXICON_OPTIONS = {"description", "terms", "term_options", "case", "stem", "obfuscated", "hashtag", "hashtag_affixes",
                   "not_followed_by", "not_preceded_by", "gaps", "in_compounds", "unless_anywhere", "source", "as_of",
                   "review_by"}
# [lexicons.NAME.term_options."TERM"], or a term written as a table { term = "...", ... }
TERM_OPTIONS = {"case", "stem", "obfuscated", "hashtag", "hashtag_affixes", "not_followed_by", "not_preceded_by",
                "gaps", "in_compounds", "unless_anywhere"}
MAX_GAPS = 3
CASES = ("any", "title", "exact")

# [[rules]]
# A reply that names none of a rule's `requires_anywhere` may take them from the post it answers
REPLIED_TO_KEYS = ("replied_to_requires_anywhere", "replied_to_unless_anywhere", "replied_to_requires")
RULE_COMMON = {"id", "kind", "category", "message", "advice", "description", "max_severity", "min_distinct",
               "unless", "unless_anywhere", "requires", "requires_anywhere", "should_warn", "should_not_warn",
               "example_org", *REPLIED_TO_KEYS}
KIND_OPTIONS = {
    "words": {"match"},                                   # one lexicon
    "cooccurrence": {"match", "within", "ordered"},       # two or more lexicons close together
    "pattern": {"regex", "near_digits"},                  # a regular expression
    "code": {"detector", "options"},                      # a built-in detector
}
KINDS = tuple(KIND_OPTIONS)
RULE_OPTIONS = RULE_COMMON.union(*KIND_OPTIONS.values())

# [rules.options] of a `kind = "code"` rule, per detector
DETECTOR_OPTIONS = {
    "uk-phone": {"kinds"},
    "uk-phone-named": set(),
    "personal-email": {"role_mailboxes"},
    "ni-number": set(),
    "payment-card": set(),
    "bank-details": set(),
    "date": {"birth_year"},
    "uk-address": set(),
    "uk-address-possessive": set(),
    "whole-text": set(),
    "negative-evaluation": {"threshold", "negative", "negative_valence", "positive", "neutral", "events",
                            "irony_markers", "verdict_follows"},
}
PHONE_KINDS = ("mobile", "landline")

# policies/*.toml
PROFILE_KEYS = {"id", "name", "short_name", "policy_title", "names", "brands", "venues", "comms_contact", "roles",
                "clauses", "map", "examples", "silent_on", "logos"}
# [[logos]] of a profile: reference logos looked for in pictures (images/logos.py)
LOGO_KEYS = {"name", "file", "rule", "min_matches", "should_match", "should_not_match"}
COMMS_CONTACT_KEYS = {"name", "email"}
CLAUSE_KEYS = {"title", "summary", "not_cited"}
MAP_KEYS = {"clause", "severity", "rules", "categories", "accounts", "roles", "actions", "if_signals",
            "unless_signals", "advice", "message"}
EXAMPLE_KEYS = {"text", "action", "context", "replying_to", "expect"}
EXAMPLE_CONTEXT_KEYS = {"role", "account"}
EXPECT_KEYS = {"category", "clause", "severity"}


def infer_kind(raw: dict) -> str | None:
    """The kind a rule written without one reads as (None: it has no match, regex or detector)."""
    if "detector" in raw:
        return "code"
    if "regex" in raw:
        return "pattern"
    if "match" in raw:
        match = raw["match"]
        return "cooccurrence" if isinstance(match, list) and len(match) > 1 else "words"
    return None
