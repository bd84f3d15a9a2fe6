"""Facebook (a Lexical-like editor that re-renders) and LinkedIn (Quill, edited natively):
compose, Post, Like, and Share/Repost from their menus."""

import pytest

from e2e_helpers import (BREACHING_POST, CARD, DIALOG, OFFENSIVE_POST, activity, ask_service, expected_spans,
                         type_into, wait_for_highlight)

pytestmark = pytest.mark.e2e

SITES = {
    "facebook": {"editor": "#composer", "post": '[aria-label="Post"][role="button"]',
                 "like": '#story-1 [aria-label="Like"]',
                 "menu": ('[aria-label^="Send this to friends"]', '[role="menuitem"][aria-label^="Share now"]', "share")},
    "linkedin": {"editor": "#share-editor", "post": ".share-actions__primary-action",
                 "like": "#update-1 button.react-button__trigger",
                 "menu": (".social-reshare-button", '[aria-label="Repost with your thoughts about this"]', "quote")},
}


@pytest.fixture(params=sorted(SITES))
def site(request, page):
    name = request.param
    page.goto(page.site_url(name))
    return name, page, SITES[name]


def test_breaching_post_is_highlighted_and_posting_asks_first(site, service):
    name, page, s = site
    answer = ask_service(service, BREACHING_POST, platform=name)
    type_into(page, s["editor"], BREACHING_POST)
    assert sorted(wait_for_highlight(page)) == expected_spans(answer)
    assert answer["warnings"][0]["message"] in page.locator(CARD).inner_text()

    page.click(s["post"])
    dialog = page.locator(DIALOG)
    dialog.wait_for()
    assert activity(page) == []
    dialog.locator('[data-choice="post"]').click()
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(page) == [{"kind": "post", "text": BREACHING_POST}]


def test_like_of_a_breaching_post_warns_then_likes(site):
    name, page, s = site
    page.click(s["like"])
    dialog = page.locator(DIALOG)
    dialog.wait_for()
    assert OFFENSIVE_POST in dialog.inner_text()
    assert activity(page) == []
    dialog.locator('[data-choice="go"]').click()
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(page) == [{"kind": "like", "text": OFFENSIVE_POST}]


def test_share_or_repost_from_the_menu_is_checked_as_that_action(site):
    name, page, s = site
    opener, item, action = s["menu"]
    page.click(opener)
    page.click(item)
    dialog = page.locator(DIALOG)
    dialog.wait_for()
    assert dialog.locator('[data-choice="go"]').inner_text() == f"{action.capitalize()} anyway"
    dialog.locator('[data-choice="cancel"]').click()
    assert activity(page) == []
