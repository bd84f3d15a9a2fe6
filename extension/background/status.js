// What the popup and the options page say about the checker, worked out in one place from what
// the worker knows: whether the service answers, whether it accepts our token, and what the
// native helper said. Never holds or shows the token.

export const SETUP_COMMAND = "thinktwice setup";

// s: {connected, unpaired, timeout, busy, rulesVersion, pairingSource, native: pairing.state()}
// -> {stage, level, text, hint}
//   stage: "paired" | "unpaired" | "starting" | "no-host" | "offline" | "not-answering" | "busy"
//   level: "ok" | "warn" | "bad" (how the line is coloured)
export function describe(s) {
  const native = s.native || {};
  const rules = s.rulesVersion ? ` · rules ${s.rulesVersion}` : "";
  const noHost = native.host === "missing";
  const howToStart = noHost
    ? `Run ${SETUP_COMMAND} once on this computer: after that ThinkTwice starts and pairs with the checker by itself.`
    : "ThinkTwice starts the checker by itself when it is needed.";
  if (s.connected && !s.unpaired) {
    const by = { automatic: "paired automatically", manual: "paired with a pasted token", organisation: "paired by your organisation" }[s.pairingSource] || "paired";
    return { stage: "paired", level: "ok", text: `Checker running · paired${rules}`, hint: `Connected to the checker on this computer, ${by}.` };
  }
  if (s.connected && s.unpaired) {
    if (native.busy) return { stage: "unpaired", level: "warn", text: `Checker running · pairing…${rules}`, hint: "" };
    const hint = noHost
      ? `Run ${SETUP_COMMAND} once so that ThinkTwice can pair by itself, or paste the token that thinktwice token prints.`
      : native.error
        ? `Pairing did not work (${native.error.message}). Paste the token that thinktwice token prints instead.`
        : "ThinkTwice pairs with the checker by itself; if it cannot, paste the token that thinktwice token prints.";
    return { stage: "unpaired", level: "warn", text: `Checker running · not paired yet${rules}`, hint };
  }
  if (native.busy || native.checker === "starting") {
    return { stage: "starting", level: "warn", text: "Starting the checker…", hint: "" };
  }
  if (s.timeout) return { stage: "not-answering", level: "bad", text: "Checker not answering", hint: "It is running but did not answer in time. Nothing is blocked; you are asked before anything goes unchecked." };
  if (s.busy) return { stage: "busy", level: "warn", text: "Checker busy", hint: "Too many checks at once; try again in a moment." };
  if (noHost) {
    return { stage: "no-host", level: "bad", text: "Checker not found on this computer", hint: howToStart };
  }
  if (native.error) {
    return { stage: "offline", level: "bad", text: "Checker offline", hint: `ThinkTwice could not start it: ${native.error.message}` };
  }
  return { stage: "offline", level: "bad", text: "Checker offline", hint: howToStart };
}

// The toolbar button's tooltip while the checker cannot be used: what is wrong and what to do.
export function offlineTitle(reason, native) {
  const host = (native && native.host) || "unknown";
  if (host === "missing") return `ThinkTwice: ${reason}. Run ${SETUP_COMMAND} once on this computer.`;
  return `ThinkTwice: ${reason}`;
}
