"""Highlights never mark the wrong words (issue 16): typing before a highlight moves it at once, at
every keystroke, long before the next answer (the debounce alone is 300 ms) - in a textarea's
overlay and in contenteditable editors, native or re-rendering their DOM on every key; text typed
at a highlight's start never joins it; an edit inside its words hides it."""

import pytest

from e2e_helpers import MARK, highlighted, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e

TEXT = "Vote Labour on 4 July. The VC is a total idiot."
TYPED = "hey, "


@pytest.fixture()
def board(ext, page):
    ext.configure(officialAccounts=[{"site": "generic", "handle": "*"}, {"site": "x", "handle": "*"},
                                    {"site": "facebook", "handle": "*"}])
    page.goto(page.site_url("generic", "card.html"))
    return page


def checks_now(service):
    return service.checks()


class Overlay:
    """Reads the textarea overlay in ThinkTwice's closed layer in one DevTools call (finding the
    layer takes longer than the debounce, so it is found once, before typing)."""

    READ = """function () {
        const inner = this.querySelector('.tt-mirror-inner');
        if (!inner) return null;
        let at = 0; const starts = {}, marks = [];
        for (const n of inner.childNodes) {
            if (n.nodeName === 'MARK') { starts[n.textContent] = at; marks.push(n.textContent); }
            at += n.textContent.length;
        }
        return {text: inner.textContent.replace(/\\u200b$/, ''), marks: marks.sort(), starts};
    }"""

    def __init__(self, ui):
        self.cdp = ui.cdp
        self.root = ui._root()  # kept until close()

    def read(self):
        result = self.cdp.send("Runtime.callFunctionOn", {"objectId": self.root, "functionDeclaration": self.READ,
                                                          "returnByValue": True})
        return result["result"]["value"]

    def close(self):
        self.cdp.send("Runtime.releaseObjectGroup", {"objectGroup": "tt-test"})


def test_typing_before_textarea_highlights_keeps_marks_on_the_same_words(board, ui, service):
    type_into(board, "#notice", TEXT)
    ui.wait_for(MARK)
    words = sorted(ui.texts(MARK))
    assert words == ["Vote Labour", "idiot", "is a total"]
    # The marks fill the line box: a 16px font on 24px lines.
    heights = ui.call("function () { return [...this.querySelectorAll('.tt-mark')].map(m => m.getClientRects()[0].height); }")
    assert all(abs(h - 24) <= 1 for h in heights), heights

    overlay = Overlay(ui)
    board.keyboard.press("Control+Home")
    checks = checks_now(service)
    for n, key in enumerate(TYPED, 1):
        board.keyboard.type(key)
        seen = overlay.read()
        value = TYPED[:n] + TEXT
        assert seen["text"] == value, "the overlay's copy of the text is behind the field"
        assert seen["marks"] == words, f"after {TYPED[:n]!r}: {seen['marks']}"
        # The marks sit over those words in the field: the same offsets in the same text.
        assert seen["starts"]["Vote Labour"] == value.index("Vote Labour") and seen["starts"]["idiot"] == value.index("idiot")
    assert checks_now(service) == checks, "an answer came in between: this measured nothing"
    overlay.close()
    assert board.input_value("#notice") == TYPED + TEXT

    # Typing inside flagged words hides their mark at once.
    board.evaluate("() => { const t = document.getElementById('notice'); const i = t.value.indexOf('idiot') + 2; t.setSelectionRange(i, i); }")
    board.keyboard.type("x")
    assert sorted(ui.texts(MARK)) == ["Vote Labour", "is a total"]


RICH = [("generic", "card.html", "#rich"), ("x", None, "#compose"), ("facebook", None, "#composer")]


@pytest.mark.parametrize("site,page_name,field", RICH, ids=["native-contenteditable", "x-draft-like", "facebook-lexical-like"])
def test_typing_before_rich_highlights_never_grows_or_moves_them(board, ui, service, site, page_name, field):
    board.goto(board.site_url(site, page_name))
    type_into(board, field, TEXT)
    before = sorted(wait_for_highlight(board))
    assert "Vote Labour" in before
    board.keyboard.press("Control+Home")
    checks = checks_now(service)
    for n in range(1, len(TYPED) + 1):
        board.keyboard.type(TYPED[n - 1])
        assert sorted(highlighted(board)) == before, f"after {TYPED[:n]!r}: {highlighted(board)}"
    assert checks_now(service) == checks, "an answer came in between: this measured nothing"
    # The text typed at the start of "Vote Labour" stayed out of it; the editor has all of it.
    assert board.evaluate(f"() => document.querySelector('{field}').innerText").startswith(TYPED + "Vote Labour")
