// The fixed words ThinkTwice's parts share: severities and their order, actions, categories,
// sites and roles, with the names people read. The service's own list (server/thinktwice/vocab.py)
// is the same; tests/js/vocabulary.test.mjs keeps the two alike.

/** @type {readonly ("info"|"caution"|"warning")[]} least to most severe */
export const SEVERITIES = Object.freeze(["info", "caution", "warning"]);
// "ok" is a verdict with no concern: below every severity.
export const SEVERITY_RANK = Object.freeze({ ok: 0, info: 1, caution: 2, warning: 3 });
export const SEVERITY_LABELS = Object.freeze({ info: "Note", caution: "Caution", warning: "Warning" });

// A severity's place in the order (0 for "ok" and anything unknown).
export function rank(severity) {
  return SEVERITY_RANK[severity] ?? 0;
}

export function severityLabel(severity) {
  return SEVERITY_LABELS[severity] || severity;
}

export const ACTIONS = Object.freeze(["post", "reply", "comment", "profile", "message", "like", "share", "repost", "quote"]);
// Actions on someone else's post, and how the dialog that asks about one words it.
export const ENDORSEMENTS = Object.freeze({
  like: { verb: "like", anyway: "Like anyway" },
  share: { verb: "share", anyway: "Share anyway" },
  repost: { verb: "repost", anyway: "Repost anyway" },
  quote: { verb: "quote", anyway: "Quote anyway" },
});

export const CATEGORIES = Object.freeze(["political", "branding", "endorsement", "personal-data", "confidential", "offensive", "disparaging", "commercial", "copyright", "media"]);

export const SITE_IDS = Object.freeze(["x", "facebook", "instagram", "linkedin", "bluesky", "threads", "mastodon", "reddit", "tiktok", "youtube", "generic"]);
export const SITE_LABELS = Object.freeze({
  x: "X (Twitter)",
  facebook: "Facebook",
  instagram: "Instagram",
  linkedin: "LinkedIn",
  bluesky: "Bluesky",
  threads: "Threads",
  mastodon: "Mastodon",
  reddit: "Reddit",
  tiktok: "TikTok",
  youtube: "YouTube",
  generic: "Any other site",
});

export const ROLES = Object.freeze(["staff", "trustee", "officer", "volunteer", "student-media"]);
// The roles' names as people say them (the service and settings use the ids).
export const ROLE_LABELS = Object.freeze({
  staff: "Staff",
  trustee: "Trustee",
  officer: "Elected officer",
  volunteer: "Volunteer",
  "student-media": "Student media",
});
