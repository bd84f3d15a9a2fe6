"""When the service stops, one unobtrusive offline badge and nothing blocks; a wrong
pairing token is reported as such."""

import pytest

from e2e_servers import start_service
from e2e_helpers import BREACHING_POST, DIALOG, OFFLINE, activity, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e


@pytest.fixture()
def own_service(tmp_path):
    served = start_service(tmp_path)
    yield served
    if served.thread.is_alive():
        served.stop()


def test_stopped_service_shows_offline_badge_and_blocks_nothing(ext, page, own_service):
    ext.configure(serviceUrl=own_service.url, token=own_service.token)
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    assert page.locator(OFFLINE).count() == 0

    own_service.stop()
    page.keyboard.type(" tomorrow", delay=10)
    badge = page.locator(OFFLINE)
    badge.wait_for()
    assert badge.inner_text() == "ThinkTwice: checker offline"
    assert ext.badge() == "off"

    page.click('[data-testid="tweetButtonInline"]')
    page.wait_for_function("() => window.siteActivity.length === 1")
    assert page.locator(DIALOG).count() == 0
    assert activity(page)[0]["kind"] == "post"
    assert page.locator(OFFLINE).count() == 1  # one badge, however many checks failed


def test_a_wrong_pairing_token_is_reported(ext, page, service):
    if not service.token:
        pytest.skip("this service build does not ask for pairing yet")
    ext.configure(token="not-the-token")
    page.goto(page.site_url("x"))
    type_into(page, "#compose", BREACHING_POST)
    page.locator(OFFLINE).wait_for()
    assert page.locator(OFFLINE).inner_text() == "ThinkTwice: not paired with the checker"
