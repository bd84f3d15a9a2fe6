"""Any other site: a textarea in a form (mirror overlay, submit event), a ProseMirror-like
editor, a field in an open shadow root, one in a same-origin iframe, and a Like button."""

import pytest

from e2e_helpers import BREACHING_POST, DIALOG, MARK, OFFENSIVE_POST, activity, highlighted, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e

# The generic site's account is personal: party politics there is a note (info), not a warning.
PERSONAL_BUT_OFFENSIVE = "You are a total c*nt and everyone knows it"


@pytest.fixture()
def forum(page):
    page.goto(page.site_url("generic"))
    return page


def test_textarea_gets_a_mirror_overlay_and_its_form_asks_before_sending(forum, ui):
    type_into(forum, "#reply", PERSONAL_BUT_OFFENSIVE)
    ui.wait_for(MARK)
    assert "c*nt" in ui.texts(MARK)
    assert forum.input_value("#reply") == PERSONAL_BUT_OFFENSIVE  # the field itself is untouched
    forum.click("#send")
    ui.wait_for(DIALOG)
    assert activity(forum) == []
    ui.click('[data-choice="post"]')
    forum.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(forum) == [{"kind": "post", "text": PERSONAL_BUT_OFFENSIVE}]


def test_personal_account_political_post_is_only_a_note(forum):
    type_into(forum, "#pm", BREACHING_POST)
    assert wait_for_highlight(forum, "info")
    assert highlighted(forum, "warning") == []


def test_field_in_an_open_shadow_root_is_checked(forum):
    forum.click("#widget >> #shadow-editor")
    forum.keyboard.type(PERSONAL_BUT_OFFENSIVE, delay=10)
    assert "c*nt" in "".join(wait_for_highlight(forum, "caution") + highlighted(forum, "warning"))


def test_field_in_a_same_origin_iframe_is_checked(forum, ui):
    frame = forum.frame_locator("#frame")
    frame.locator("#frame-editor").click()
    forum.keyboard.type(PERSONAL_BUT_OFFENSIVE, delay=10)
    in_frame = ui.in_frame("generic-frame.html")
    in_frame.wait_for(MARK)
    assert "c*nt" in in_frame.texts(MARK)


def test_like_button_found_by_its_accessible_name(forum, ui):
    forum.click('#thread-post button[aria-label="Like"]')
    ui.wait_for(DIALOG)
    assert OFFENSIVE_POST in ui.text(DIALOG)
    ui.click('[data-choice="go"]')
    forum.wait_for_function("() => window.siteActivity.length === 1")
    assert activity(forum) == [{"kind": "like", "text": OFFENSIVE_POST}]
