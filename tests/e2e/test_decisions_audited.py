"""What the user decides about a warning reaches the service's audit log: rule ids, severity and the
choice, never the text."""
import json
import time

import pytest

from e2e_helpers import BREACHING_POST, OFFENSIVE_POST, audit_entries, type_into, wait_for_highlight

pytestmark = pytest.mark.e2e


def wait_for_entry(service, count, timeout=5.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        entries = audit_entries(service)
        if len(entries) >= count:
            return entries
        time.sleep(0.05)
    raise AssertionError(f"the audit log has {len(audit_entries(service))} entries, expected {count}")


@pytest.fixture()
def x(page, service):
    page.goto(page.site_url("x"))
    before = len(audit_entries(service))
    return page, before


def test_post_anyway_and_a_cancelled_like_are_audited_without_the_text(x, ui, service):
    page, before = x
    type_into(page, "#compose", BREACHING_POST)
    wait_for_highlight(page)
    page.click('[data-testid="tweetButtonInline"]')
    ui.click('[data-choice="post"]')
    entry = wait_for_entry(service, before + 1)[-1]
    assert entry["action"] == "post" and entry["outcome"] == "went_ahead"
    assert entry["org"] == "lancaster-su" and entry["severity"] == "warning"
    assert any(rule.startswith("political.") for rule in entry["rules"])

    page.click('#offensive-tweet [data-testid="like"]')
    ui.click('[data-choice="cancel"]')
    entry = wait_for_entry(service, before + 2)[-1]
    assert entry["action"] == "like" and entry["outcome"] == "cancelled"
    assert "endorsement.breaching-content" in entry["rules"]

    stored = json.dumps(audit_entries(service))
    assert "Labour" not in stored and "lecturer" not in stored
    assert BREACHING_POST not in stored and OFFENSIVE_POST not in stored
