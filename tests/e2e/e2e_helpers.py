"""Small helpers the end-to-end tests share: reading what ThinkTwice drew, and asking
the real service directly for the answer the extension should be showing.

ThinkTwice's layer (card, dialogs, offline pill, textarea overlays) is in a *closed* shadow root:
the page cannot see into it, and neither can Playwright's selectors. The tests reach it the way
DevTools does, through the DevTools protocol (DOM.getDocument with pierce), only to read it and to
find where a button is; they press buttons with Playwright's real mouse and keyboard, which send
trusted events like a person's."""

import json
import time
import urllib.request

CARD = ".tt-card"
DIALOG = ".tt-dialog"
OFFLINE = ".tt-offline"
MARK = ".tt-mark"

BREACHING_POST = "Vote Labour on 4 July - our society is behind them 100%"
OFFENSIVE_POST = "That lecturer is a total c*nt"


class ThinkTwiceUI:
    """ThinkTwice's own layer in one page (or one of its frames, by URL ending)."""

    def __init__(self, page, frame=None):
        self.page = page
        self.frame = frame
        self.cdp = page.context.new_cdp_session(page)

    def in_frame(self, url_ending):
        other = ThinkTwiceUI.__new__(ThinkTwiceUI)
        other.page, other.frame, other.cdp = self.page, url_ending, self.cdp
        return other

    def _root(self):
        """The closed shadow root of this document's <thinktwice-ui>, as a remote object, or None."""
        doc = self.cdp.send("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
        found = []

        def walk(node, url):
            if node.get("nodeName") == "THINKTWICE-UI" and node.get("shadowRoots"):
                found.append((node["shadowRoots"][0], url))
            for child in node.get("children", []):
                walk(child, url)
            for shadow in node.get("shadowRoots", []):
                walk(shadow, url)
            if "contentDocument" in node:
                walk(node["contentDocument"], node["contentDocument"].get("documentURL", ""))

        walk(doc, doc.get("documentURL", ""))
        for shadow, url in found:
            if (self.frame is None and url == doc.get("documentURL")) or (self.frame and url.endswith(self.frame)):
                assert shadow.get("shadowRootType") == "closed", shadow.get("shadowRootType")
                return self.cdp.send("DOM.resolveNode", {"nodeId": shadow["nodeId"], "objectGroup": "tt-test"})["object"]["objectId"]
        return None

    def call(self, function, arg=None):
        """Runs function(arg) with `this` = the layer's shadow root; None when there is no layer yet."""
        root = self._root()
        if root is None:
            return None
        try:
            result = self.cdp.send("Runtime.callFunctionOn", {
                "objectId": root, "functionDeclaration": function, "arguments": [{"value": arg}],
                "returnByValue": True, "awaitPromise": True,
            })
        finally:
            self.cdp.send("Runtime.releaseObjectGroup", {"objectGroup": "tt-test"})
        if "exceptionDetails" in result:
            raise AssertionError(result["exceptionDetails"])
        return result["result"].get("value")

    def count(self, selector):
        return self.call("function (s) { return this.querySelectorAll(s).length; }", selector) or 0

    def texts(self, selector):
        return self.call("function (s) { return [...this.querySelectorAll(s)].map(e => e.innerText); }", selector) or []

    def text(self, selector):
        return self.call("function (s) { const e = this.querySelector(s); return e ? e.innerText : null; }", selector)

    def attr(self, selector, name):
        return self.call("function ([s, n]) { const e = this.querySelector(s); return e ? e.getAttribute(n) : null; }",
                         [selector, name])

    def everything(self):
        return self.call("function () { return this.textContent; }")

    def focused_text(self):
        return self.call("function () { return this.activeElement ? this.activeElement.textContent : null; }")

    def wait_for(self, selector, timeout=10.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.count(selector):
                return
            time.sleep(0.05)
        raise AssertionError(f"ThinkTwice never showed {selector}; its layer holds: {self.everything()!r}")

    def wait_gone(self, selector, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.count(selector):
                return
            time.sleep(0.05)
        raise AssertionError(f"{selector} is still shown")

    def box(self, selector):
        return self.call("""function (s) {
            const e = this.querySelector(s);
            if (!e) return null;
            e.scrollIntoView({block: "nearest"});
            const r = e.getBoundingClientRect();
            return {x: r.x, y: r.y, width: r.width, height: r.height};
        }""", selector)

    def click(self, selector, timeout=10.0):
        """A person's click (trusted) in the middle of the element (main frame only)."""
        assert self.frame is None, "clicks are only supported in the main frame"
        self.wait_for(selector, timeout)
        b = self.box(selector)
        self.page.mouse.click(b["x"] + b["width"] / 2, b["y"] + b["height"] / 2)

    def script_click(self, selector):
        """What a page holding a reference to the element could do: element.click() and a dispatched
        click event, both untrusted, run in the page's own JavaScript world."""
        return self.call("""function (s) {
            const e = this.querySelector(s);
            e.click();
            e.dispatchEvent(new MouseEvent("click", {bubbles: true, composed: true, cancelable: true}));
            return true;
        }""", selector)


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


def audit_entries(service):
    req = urllib.request.Request(f"{service.url}/v1/audit", headers={"Authorization": f"Bearer {service.token}"})
    with urllib.request.urlopen(req, timeout=10) as resp:
        return json.load(resp)["entries"]


def content_script_world(page):
    """Evaluates JavaScript in ThinkTwice's content-script world of the page's main frame (an isolated
    world the page itself cannot enter), through the DevTools protocol. Returns evaluate(expression)."""
    cdp = page.context.new_cdp_session(page)
    contexts = []
    cdp.on("Runtime.executionContextCreated", lambda event: contexts.append(event["context"]))
    cdp.send("Runtime.enable")
    main = cdp.send("Page.getFrameTree")["frameTree"]["frame"]["id"]
    worlds = [c for c in contexts if c["name"] == "ThinkTwice" and c["auxData"].get("frameId") == main]
    assert worlds, f"no ThinkTwice content-script world in {[c['name'] for c in contexts]}"

    def evaluate(expression):
        result = cdp.send("Runtime.evaluate", {"expression": expression, "contextId": worlds[-1]["id"],
                                               "returnByValue": True, "awaitPromise": True})
        if "exceptionDetails" in result:
            return {"error": result["exceptionDetails"].get("exception", {}).get("description", "")}
        return result["result"].get("value")

    return evaluate


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
        seen = page.evaluate("() => [...CSS.highlights.keys()]")
        raise AssertionError(f"no {severity} highlight; highlights: {seen}; ThinkTwice shows "
                             f"{ThinkTwiceUI(page).everything()!r}") from error
    return highlighted(page, severity)


def activity(page, frame=None):
    return (frame or page).evaluate("() => window.siteActivity")


def type_into(page, selector, text, delay=15):
    page.click(selector)
    page.keyboard.type(text, delay=delay)


def expected_spans(answer):
    return sorted(s["text"] for w in answer["warnings"] if w["severity"] == "warning" for s in w["spans"])
