"""From the last keystroke to the highlight, measured in the page on X's re-rendering editor: warm (the
browser's session already checked something) and cold (the first highlight of a fresh browser session:
the browser started on a profile where ThinkTwice is set up, the page opened, the post typed)."""

import os
import statistics

import pytest

from conftest import Browser, launch_chromium
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

COLD_RUNS = 3


def post(n):
    return f"Vote Labour on {n + 1} July - our society backs them"  # a different post each time: no cache


def summary(name, samples):
    return (f"{name} typing stop -> highlight: median {statistics.median(samples):.0f} ms over {len(samples)} "
            f"(min {min(samples):.0f}, max {max(samples):.0f})")


def load():
    return "load average " + " ".join(f"{x:.1f}" for x in os.getloadavg()) + f" on {os.cpu_count()} CPUs"


def typing_stop_to_highlight(context, pages, n):
    """Type post n into the X page's composer; ms from the last key to the highlight drawn."""
    page = context.new_page()
    page.goto(pages.url("x"))
    page.evaluate(RECORDER)
    page.click("#compose")
    page.keyboard.type(post(n), delay=20)
    page.wait_for_function("() => window.__tt.shownAt > 0", timeout=20000)
    return page.evaluate("() => window.__tt.shownAt - window.__tt.lastKey")


def cold_sample(playwright, pages, profile, n):
    """The first highlight in a browser just started on profile."""
    context = launch_chromium(playwright, profile, pages)
    try:
        return typing_stop_to_highlight(context, pages, n)
    finally:
        context.close()


def test_typing_stop_to_highlight_is_measured_cold_and_warm(page, ui, artifacts, playwright, pages, service, tmp_path):
    """Prints both medians (target: 400 ms each, 300 of them the debounce) with the machine's load, and
    keeps them in test-artifacts/latency.txt. Like every speed target they are reported, not asserted:
    a loaded CI machine must not fail the build on timing."""
    page.goto(page.site_url("x"))
    page.evaluate(RECORDER)
    warm = []
    for n in range(7):
        page.click("#compose")
        page.keyboard.press("Control+A")
        page.keyboard.press("Backspace")
        page.wait_for_function("() => !(CSS.highlights.get('thinktwice-warning')?.size)")
        page.keyboard.type(post(n), delay=20)
        page.wait_for_function("() => window.__tt.shownAt > 0", timeout=5000)
        warm.append(page.evaluate("() => window.__tt.shownAt - window.__tt.lastKey"))
    ui.wait_for(CARD)

    # A profile of its own, set up as a user's would be, then started afresh for each cold sample.
    profile = tmp_path / "cold-profile"
    # The set-up session lasts until the worker has read the organisation's policy once (seconds in a
    # browser just started; only the very first session after installing waits for that read).
    context = launch_chromium(playwright, profile, pages)
    try:
        setup = Browser(context, service, pages)
        setup.configure()
        view = setup.extension_page("popup/popup.html")
        for _ in range(100):
            if view.evaluate("() => chrome.storage.local.get('managedSeen').then(r => r.managedSeen !== undefined)"):
                break
            view.wait_for_timeout(200)
        else:
            pytest.fail("the worker never kept the organisation's policy (managedSeen)")
        view.close()
    finally:
        context.close()
    cold = [cold_sample(playwright, pages, profile, 10 + n) for n in range(COLD_RUNS)]

    lines = [summary("warm", warm), summary("cold (first in a fresh browser)", cold),
             f"debounce 300 ms; target < 400 ms; {load()}"]
    print("\n" + "\n".join(lines))
    (artifacts.parent / "latency.txt").write_text("\n".join(lines) + "\n")
    assert all(s >= 290 for s in warm + cold), (warm, cold)  # the debounce is honoured


FIRST_SESSION_RUNS = 3


def first_session_sample(playwright, pages, service, profile, n):
    """The first highlight after installing: a new profile, the extension just loaded, set up (as its
    options page would) and a post typed at once. No organisation policy has been read yet, which in
    Chromium takes ~3 s in a browser just started; the first check must not wait for it."""
    context = launch_chromium(playwright, profile, pages)
    try:
        Browser(context, service, pages).configure()
        return typing_stop_to_highlight(context, pages, n)
    finally:
        context.close()


def test_first_session_after_install_is_measured(playwright, pages, service, artifacts, tmp_path):
    """Reported like the others (target < 400 ms, 300 of them the debounce), in
    test-artifacts/latency-first-session.txt; the debounce is asserted."""
    samples = [first_session_sample(playwright, pages, service, tmp_path / f"fresh-{n}", 20 + n) for n in range(FIRST_SESSION_RUNS)]
    line = summary("first session after install", samples) + f"; debounce 300 ms; target < 400 ms; {load()}"
    print("\n" + line)
    (artifacts.parent / "latency-first-session.txt").write_text(line + "\n")
    assert all(s >= 290 for s in samples), samples
