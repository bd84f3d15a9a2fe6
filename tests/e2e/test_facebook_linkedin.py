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


def test_breaching_post_is_highlighted_and_posting_asks_first(site, ui, service):
    name, page, s = site
    answer = ask_service(service, BREACHING_POST, platform=name)
    type_into(page, s["editor"], BREACHING_POST)
    assert sorted(wait_for_highlight(page)) == expected_spans(answer)
    ui.wait_for(CARD)
    assert answer["warnings"][0]["message"] in ui.text(CARD)

    page.click(s["post"])
    ui.wait_for(DIALOG)
    assert activity(page) == []
    ui.click('[data-choice="post"]')
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(page) == [{"kind": "post", "text": BREACHING_POST}]


def test_like_of_a_breaching_post_warns_then_likes(site, ui):
    name, page, s = site
    page.click(s["like"])
    ui.wait_for(DIALOG)
    assert OFFENSIVE_POST in ui.text(DIALOG)
    assert activity(page) == []
    ui.click('[data-choice="go"]')
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(page) == [{"kind": "like", "text": OFFENSIVE_POST}]


def test_share_or_repost_from_the_menu_is_checked_as_that_action(site, ui):
    name, page, s = site
    opener, item, action = s["menu"]
    page.click(opener)
    page.click(item)
    ui.wait_for(DIALOG)
    assert ui.text(f'{DIALOG} [data-choice="go"]') == f"{action.capitalize()} anyway"
    ui.click('[data-choice="cancel"]')
    ui.wait_gone(DIALOG)
    assert activity(page) == []
