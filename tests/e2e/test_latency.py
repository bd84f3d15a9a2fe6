"""From the last keystroke to the highlight: measured in the page, on X's re-rendering editor."""

import statistics

import pytest

from e2e_helpers import CARD

pytestmark = pytest.mark.e2e

RECORDER = """() => {
  window.__tt = { lastKey: 0, shownAt: 0 };
  document.addEventListener('keydown', () => { window.__tt.lastKey = performance.now(); window.__tt.shownAt = 0; }, true);
  const poll = () => {
    const h = CSS.highlights.get('thinktwice-warning');
    if (h && h.size && !window.__tt.shownAt) window.__tt.shownAt = performance.now();
    setTimeout(poll, 2);
  };
  poll();
}"""


def test_typing_stop_to_highlight_is_measured(page, ui, artifacts):
    """Prints the median (target < 400 ms) and keeps it in test-artifacts/latency.txt. Like every speed
    target it is reported, not asserted: a loaded CI machine must not fail the build on timing."""
    page.goto(page.site_url("x"))
    page.evaluate(RECORDER)
    samples = []
    for n in range(7):
        page.click("#compose")
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.wait_for_function("() => !(CSS.highlights.get('thinktwice-warning')?.size)")
        # A different post each time, so no answer comes from a cache.
        page.keyboard.type(f"Vote Labour on {n + 1} July - our society backs them", delay=20)
        page.wait_for_function("() => window.__tt.shownAt > 0", timeout=5000)
        samples.append(page.evaluate("() => window.__tt.shownAt - window.__tt.lastKey"))
    ui.wait_for(CARD)
    median = statistics.median(samples)
    line = (f"typing stop -> highlight: median {median:.0f} ms over {len(samples)} posts "
            f"(min {min(samples):.0f}, max {max(samples):.0f}); debounce is 300 ms; target < 400 ms")
    print("\n" + line)
    (artifacts.parent / "latency.txt").write_text(line + "\n")
    assert len(samples) == 7 and all(s >= 290 for s in samples), samples   # the debounce is honoured
