// Messages from the extension's own pages (options, popup) to the background worker.
const api = globalThis.browser ?? globalThis.chrome;

export async function ask(type, extra = {}) {
  try {
    return (await api.runtime.sendMessage({ type, ...extra })) || { ok: false, error: "no answer" };
  } catch (error) {
    return { ok: false, error: String(error.message || error) };
  }
}

export const SITE_LABELS = {
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
};

// The roles' names as people say them (the service and settings use the ids).
export const ROLE_LABELS = {
  staff: "Staff",
  trustee: "Trustee",
  officer: "Elected officer",
  volunteer: "Volunteer",
  "student-media": "Student media",
};
