"""X: a Draft.js compose box that re-renders on every key, Post, Like, and Repost/Quote via the menu."""

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


def test_breaching_post_is_highlighted_and_explained(x, service, artifacts):
    answer = ask_service(service, BREACHING_POST)
    assert answer["verdict"] == "warning"
    type_into(x, "#compose", BREACHING_POST)

    assert sorted(wait_for_highlight(x)) == expected_spans(answer)
    card = x.locator(CARD)
    card.wait_for()
    top = answer["warnings"][0]
    text = card.inner_text()
    assert top["message"] in text
    assert top["advice"] in text
    assert top["clause"]["ref"] in text and top["clause"]["title"] in text
    assert card.get_attribute("role") == "region"
    live = x.locator("thinktwice-ui [aria-live=polite]")
    assert "Alt+Shift+T" in live.text_content(timeout=2000) or x.wait_for_function(
        "() => document.querySelector('thinktwice-ui').shadowRoot.querySelector('[aria-live]').textContent.includes('Alt+Shift+T')"
    )
    # The editor's own DOM is untouched: only the editor's render is there.
    assert "thinktwice" not in x.inner_html("#compose").lower()
    assert x.evaluate("() => document.querySelectorAll('#compose mark, #compose [data-thinktwice]').length") == 0
    # The post and its card together, as a user sees them.
    boxes = [card.bounding_box(), x.locator(".compose").bounding_box()]
    left = max(0, min(b["x"] for b in boxes) - 16)
    top = max(0, min(b["y"] for b in boxes) - 16)
    right = max(b["x"] + b["width"] for b in boxes) + 16
    bottom = max(b["y"] + b["height"] for b in boxes) + 16
    x.screenshot(path=str(artifacts / "card.png"), clip={"x": left, "y": top, "width": right - left, "height": bottom - top})


def test_card_is_reachable_by_keyboard(x):
    type_into(x, "#compose", BREACHING_POST)
    x.locator(CARD).wait_for()
    x.keyboard.press("Alt+Shift+T")
    focused = x.evaluate("() => document.activeElement.shadowRoot?.activeElement?.textContent")
    assert focused == "Dismiss for this post"
    x.keyboard.press("Escape")
    assert x.evaluate("() => document.activeElement.id") == "compose"


def test_post_asks_once_and_post_anyway_replays_the_click(x, artifacts):
    type_into(x, "#compose", BREACHING_POST)
    wait_for_highlight(x)
    x.click('[data-testid="tweetButtonInline"]')

    dialog = x.locator(DIALOG)
    dialog.wait_for()
    assert dialog.get_attribute("role") == "alertdialog"
    buttons = dialog.locator("[data-choice]")
    assert buttons.all_inner_texts() == ["Post anyway", "Edit", "Ask the comms team"]
    mailto = dialog.locator('[data-choice="comms"]').get_attribute("href")
    assert mailto.startswith("mailto:c.cottam1@lancaster.ac.uk?")
    assert urllib.request.unquote(mailto).count(BREACHING_POST) == 1
    assert activity(x) == []  # the page never saw the click
    x.screenshot(path=str(artifacts / "confirm-dialog.png"))

    dialog.locator('[data-choice="post"]').click()
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": "post", "text": BREACHING_POST}]
    assert x.locator(DIALOG).count() == 0


def test_edit_keeps_the_draft_and_posts_nothing(x):
    type_into(x, "#compose", BREACHING_POST)
    wait_for_highlight(x)
    x.click('[data-testid="tweetButtonInline"]')
    x.locator(DIALOG).locator('[data-choice="edit"]').click()
    assert activity(x) == []
    assert x.evaluate("() => editor.text") == BREACHING_POST
    assert x.evaluate("() => document.activeElement.id") == "compose"


def test_post_clicked_before_the_check_settles_still_asks(x):
    x.click("#compose")
    x.keyboard.type(BREACHING_POST, delay=0)
    x.click('[data-testid="tweetButtonInline"]')  # well inside the 300 ms debounce
    x.locator(DIALOG).wait_for()
    assert activity(x) == []


def test_a_dismissed_warning_no_longer_asks(x):
    type_into(x, "#compose", BREACHING_POST)
    card = x.locator(CARD)
    card.wait_for()
    while card.count() and card.locator(".tt-dismiss").count():
        card.locator(".tt-dismiss").first.click()
    assert highlighted(x) == []
    x.click('[data-testid="tweetButtonInline"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert x.locator(DIALOG).count() == 0


def test_like_of_a_breaching_post_warns_and_going_ahead_likes_it(x, service, artifacts):
    answer = ask_service(service, OFFENSIVE_POST, action="like")
    assert "endorsement" in {w["category"] for w in answer["warnings"]}
    x.click('#offensive-tweet [data-testid="like"]')

    dialog = x.locator(DIALOG)
    dialog.wait_for()
    text = dialog.inner_text()
    assert "like" in dialog.locator("h2").inner_text().lower()
    assert OFFENSIVE_POST in text
    for w in answer["warnings"]:
        assert w["message"] in text
    assert activity(x) == []
    x.screenshot(path=str(artifacts / "endorsement-dialog.png"))

    dialog.locator('[data-choice="go"]').click()
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": "like", "text": OFFENSIVE_POST}]
    assert x.locator('#offensive-tweet [data-testid="unlike"]').count() == 1


def test_cancelling_an_endorsement_leaves_the_post_unliked(x):
    x.click('#offensive-tweet [data-testid="like"]')
    x.locator(DIALOG).locator('[data-choice="cancel"]').click()
    assert activity(x) == []
    assert x.locator('#offensive-tweet [data-testid="like"]').count() == 1


def test_liking_a_harmless_post_goes_straight_through(x):
    x.click('#harmless-tweet [data-testid="like"]')
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x)[0]["kind"] == "like"
    assert x.locator(DIALOG).count() == 0


@pytest.mark.parametrize("item, action", [('[data-testid="retweetConfirm"]', "repost"), ('a[role="menuitem"]', "quote")])
def test_repost_and_quote_from_the_menu_are_checked_as_their_action(x, item, action):
    x.click('#offensive-tweet [data-testid="retweet"]')
    x.click(item)
    dialog = x.locator(DIALOG)
    dialog.wait_for()
    assert dialog.locator('[data-choice="go"]').inner_text() == f"{action.capitalize()} anyway"
    dialog.locator('[data-choice="go"]').click()
    x.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(x) == [{"kind": action, "text": OFFENSIVE_POST}]
