"""Small helpers the end-to-end tests share: reading what ThinkTwice drew, and asking
the real service directly for the answer the extension should be showing."""

import json
import urllib.request

CARD = "thinktwice-ui .tt-card"
DIALOG = "thinktwice-ui .tt-dialog"
OFFLINE = "thinktwice-ui .tt-offline"

BREACHING_POST = "Vote Labour on 4 July - our society is behind them 100%"
OFFENSIVE_POST = "That lecturer is a total c*nt"


def ask_service(service, text, action="post", account="official", platform="x", role="staff", org="lancaster-su"):
    context = {"org": org, "role": role, "account": account}
    if platform:
        context["platform"] = platform
    body = json.dumps({"text": text, "action": action, "context": context}).encode()
    headers = {"Content-Type": "application/json"}
    if service.token:
        headers["Authorization"] = f"Bearer {service.token}"
    req = urllib.request.Request(f"{service.url}/v1/check", data=body, headers=headers)
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)


def highlighted(page, severity="warning"):
    """The text of each range in ThinkTwice's highlight, read from the page's own world."""
    return page.evaluate(
        "name => { const h = CSS.highlights.get(name); return h ? [...h].map(r => r.toString()) : []; }",
        f"thinktwice-{severity}",
    )


def wait_for_highlight(page, severity="warning", timeout=10000):
    try:
        page.wait_for_function(
            "name => (CSS.highlights.get(name)?.size || 0) > 0", arg=f"thinktwice-{severity}", timeout=timeout
        )
    except Exception as error:
        seen = page.evaluate(
            "() => ({highlights: [...CSS.highlights.keys()],"
            " ui: document.querySelector('thinktwice-ui')?.shadowRoot.textContent || null})"
        )
        raise AssertionError(f"no {severity} highlight; ThinkTwice shows {seen}") from error
    return highlighted(page, severity)


def activity(page, frame=None):
    return (frame or page).evaluate("() => window.siteActivity")


def type_into(page, selector, text, delay=15):
    page.click(selector)
    page.keyboard.type(text, delay=delay)


def expected_spans(answer):
    return sorted(s["text"] for w in answer["warnings"] if w["severity"] == "warning" for s in w["spans"])
