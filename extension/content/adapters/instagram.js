// Instagram: comment textareas; Like/Share are role=button wrappers around named SVGs.
(function (TT) {
  "use strict";
  const kit = TT.adapters;
  const named = (label) => `div[role="button"]:has(> svg[aria-label="${label}"]), div[role="button"]:has(> div > svg[aria-label="${label}"]), button:has(svg[aria-label="${label}"])`;
  kit.register({
    id: "instagram",
    label: "Instagram",
    hosts: ["instagram.com"],
    composeFields: 'div[aria-label="Write a caption..."][contenteditable="true"]',
    commentFields: 'textarea[aria-label^="Add a comment"]',
    profileFields: 'textarea#pepBio, textarea[name="biography"]',
    isSubmit: kit.buttonNamed(["Post", "Share"]),
    post: "article",
    postText: "h1, ._a9zs",
    endorse: [
      { action: "like", selector: named("Like") },
      { action: "share", selector: named("Share Post") },
    ],
    handle() {
      return null;
    },
  });
})((globalThis.ThinkTwice ??= {}));
