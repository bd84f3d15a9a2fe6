"""axe-core (npm, tests/js/tooling) run on ThinkTwice's own layer.

The layer is a closed shadow root, which axe cannot enter from the page (it walks `shadowRoot`,
null for a closed root). The test reaches the root through the DevTools protocol, as the other
tests do, and gives the host element's page-world wrapper a `shadowRoot` property that returns it:
only axe, in the test's page, sees it; ThinkTwice's root stays closed to everything else."""

from pathlib import Path

AXE = Path(__file__).resolve().parents[1] / "js" / "tooling" / "node_modules" / "axe-core" / "axe.min.js"


def axe_violations(page, ui, selector=None):
    """axe's violations inside ThinkTwice's layer (or in `selector` within it), as
    [(rule id, impact, [html of each node])]."""
    assert AXE.exists(), f"{AXE} is missing: run scripts/setup-browser-tests.sh"
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.add_script_tag(path=str(AXE))
    ui.call("""function () {
        Object.defineProperty(this.host, "shadowRoot", { get: () => this, configurable: true });
        return true;
    }""")
    result = page.evaluate("""async (selector) => {
        const host = document.querySelector("thinktwice-ui");
        const context = selector ? { include: [{ fromShadowDom: ["thinktwice-ui", selector] }] } : host;
        const r = await axe.run(context);
        if (!r.passes.length) throw new Error("axe checked nothing: " + JSON.stringify(selector));
        return r.violations.map(v => [v.id, v.impact, v.nodes.map(n => n.html)]);
    }""", selector)
    return [tuple(v) for v in result]
