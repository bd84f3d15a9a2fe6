"""X: a Draft.js compose box that re-renders on every key, Post, Like, and Repost/Quote via the menu."""

import time
import urllib.error
import urllib.request

import pytest

from e2e_helpers import (BREACHING_POST, CARD, DIALOG, OFFENSIVE_POST, activity, ask_service, expected_spans,
                         highlighted, type_into, wait_for_highlight)

pytestmark = pytest.mark.e2e


@pytest.fixture()
def x(page):
    page.goto(page.site_url("x"))
    return page


def test_the_page_itself_cannot_reach_the_service(x, service):
    # The fixture page is a public site: only the extension's worker may call 127.0.0.1.
    reached = x.evaluate(
        "url => fetch(url + '/v1/health').then(() => true, () => false)", service.url
    )
    assert reached is False


def test_breaching_post_is_highlighted_and_explained(x, ui, service, artifacts):
    answer = ask_service(service, BREACHING_POST)
    assert answer["verdict"] == "warning"
    type_into(x, "#compose", BREACHING_POST)

    assert sorted(wait_for_highlight(x)) == expected_spans(answer)
    ui.wait_for(CARD)
    top = answer["warnings"][0]
    text = ui.text(CARD)
    assert top["message"] in text
    assert top["advice"] in text
    assert top["clause"]["ref"] in text and top["clause"]["title"] in text
    assert ui.attr(CARD, "role") == "region"
    deadline = time.monotonic() + 2
    while "Alt+Shift+T" not in (ui.call("function () { return this.querySelector('[aria-live=polite]').textContent; }") or ""):
        assert time.monotonic() < deadline, "the live region never announced the card"
        time.sleep(0.05)
    # The editor's own DOM is untouched: only the editor's render is there.
    assert "thinktwice" not in x.inner_html("#compose").lower()
    assert x.evaluate("() => document.querySelectorAll('#compose mark, #compose [data-thinktwice]').length") == 0
    # The post and its card together, as a user sees them.
    boxes = [ui.box(CARD), x.locator(".compose").bounding_box()]
    left = max(0, min(b["x"] for b in boxes) - 16)
    top = max(0, min(b["y"] for b in boxes) - 16)
    right = max(b["x"] + b["width"] for b in boxes) + 16
    bottom = max(b["y"] + b["height"] for b in boxes) + 16
    x.screenshot(path=str(artifacts / "card.png"), clip={"x": left, "y": top, "width": right - left, "height": bottom - top})


def test_card_is_reachable_by_keyboard(x, ui):
    type_into(x, "#compose", BREACHING_POST)
    ui.wait_for(CARD)
    x.keyboard.press("Alt+Shift+T")
    assert x.evaluate("() => document.activeElement.tagName") == "THINKTWICE-UI"
    assert ui.focused_text() == "Dismiss for this post"
    x.keyboard.press("Escape")
    assert x.evaluate("() => document.activeElement.id") == "compose"


def test_post_asks_once_and_post_anyway_replays_the_click(x, ui, artifacts):
    type_into(x, "#compose", BREACHING_POST)
    wait_for_highlight(x)
    x.click('[data-testid="tweetButtonInline"]')

    ui.wait_for(DIALOG)
    assert ui.attr(DIALOG, "role") == "alertdialog"
    assert ui.texts(f"{DIALOG} [data-choice]") == ["Post anyway", "Edit", "Ask the comms team"]
    mailto = ui.attr(f'{DIALOG} [data-choice="comms"]', "href")
    assert mailto.startswith("mailto:c.cottam1@lancaster.ac.uk?")
    assert urllib.request.unquote(mailto).count(BREACHING_POST) == 1
    assert activity(x) == []  # the page never saw the click
    x.screenshot(path=str(artifacts / "confirm-dialog.png"))

    ui.click('[data-choice="post"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": "post", "text": BREACHING_POST}]
    assert ui.count(DIALOG) == 0


def test_edit_keeps_the_draft_and_posts_nothing(x, ui):
    type_into(x, "#compose", BREACHING_POST)
    wait_for_highlight(x)
    x.click('[data-testid="tweetButtonInline"]')
    ui.click('[data-choice="edit"]')
    ui.wait_gone(DIALOG)
    assert activity(x) == []
    assert x.evaluate("() => editor.text") == BREACHING_POST
    assert x.evaluate("() => document.activeElement.id") == "compose"


def test_post_clicked_before_the_check_settles_still_asks(x, ui):
    x.click("#compose")
    x.keyboard.type(BREACHING_POST, delay=0)
    x.click('[data-testid="tweetButtonInline"]')  # well inside the 300 ms debounce
    ui.wait_for(DIALOG)
    assert activity(x) == []


def test_a_dismissed_warning_no_longer_asks(x, ui):
    type_into(x, "#compose", BREACHING_POST)
    ui.wait_for(CARD)
    while ui.count(f"{CARD} .tt-dismiss"):
        before = ui.count(f"{CARD} .tt-dismiss")
        ui.click(f"{CARD} .tt-dismiss")
        deadline = time.monotonic() + 5
        while ui.count(f"{CARD} .tt-dismiss") == before:
            assert time.monotonic() < deadline, "Dismiss did nothing"
            time.sleep(0.05)
    assert highlighted(x) == []
    x.click('[data-testid="tweetButtonInline"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert ui.count(DIALOG) == 0


def test_like_of_a_breaching_post_warns_and_going_ahead_likes_it(x, ui, service, artifacts):
    answer = ask_service(service, OFFENSIVE_POST, action="like")
    assert "endorsement" in {w["category"] for w in answer["warnings"]}
    x.click('#offensive-tweet [data-testid="like"]')

    ui.wait_for(DIALOG)
    text = ui.text(DIALOG)
    assert "like" in ui.text(f"{DIALOG} h2").lower()
    assert OFFENSIVE_POST in text
    for w in answer["warnings"]:
        assert w["message"] in text
    assert activity(x) == []
    x.screenshot(path=str(artifacts / "endorsement-dialog.png"))

    ui.click('[data-choice="go"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": "like", "text": OFFENSIVE_POST}]
    assert x.locator('#offensive-tweet [data-testid="unlike"]').count() == 1


def test_cancelling_an_endorsement_leaves_the_post_unliked(x, ui):
    x.click('#offensive-tweet [data-testid="like"]')
    ui.click('[data-choice="cancel"]')
    ui.wait_gone(DIALOG)
    assert activity(x) == []
    assert x.locator('#offensive-tweet [data-testid="like"]').count() == 1


def test_liking_a_harmless_post_goes_straight_through(x, ui):
    x.click('#harmless-tweet [data-testid="like"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x)[0]["kind"] == "like"
    assert ui.count(DIALOG) == 0


@pytest.mark.parametrize("item, action", [('[data-testid="retweetConfirm"]', "repost"), ('a[role="menuitem"]', "quote")])
def test_repost_and_quote_from_the_menu_are_checked_as_their_action(x, ui, item, action):
    x.click('#offensive-tweet [data-testid="retweet"]')
    x.click(item)
    ui.wait_for(DIALOG)
    assert ui.text(f'{DIALOG} [data-choice="go"]') == f"{action.capitalize()} anyway"
    ui.click('[data-choice="go"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": action, "text": OFFENSIVE_POST}]
