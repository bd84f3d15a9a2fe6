"""Settings in tinydb: atomic writes, and a corrupt file moved aside rather than crashing the service."""
import json

from thinktwice.service.store import Settings


def test_settings_persist_across_instances(tmp_path):
    Settings(tmp_path).update({"org": "chester-su"})
    assert Settings(tmp_path).get() == {"org": "chester-su", "role": None, "account": None}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".settings")], "temporary file left behind"


def test_corrupt_settings_are_moved_aside_and_defaults_used(tmp_path):
    (tmp_path / "settings.json").write_text('{"settings": {"1": {"org": "chest', encoding="utf-8")
    assert Settings(tmp_path).get() == {"org": None, "role": None, "account": None}
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("settings.json.corrupt-")]
    assert len(aside) == 1 and aside[0].read_text().startswith('{"settings"')
    Settings(tmp_path).update({"role": "staff"})
    assert json.loads((tmp_path / "settings.json").read_text())["settings"]["1"]["role"] == "staff"
