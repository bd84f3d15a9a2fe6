"""The red team's hostile packs and feeds (issue 14), each against the real service, a real signed pack
and a real static web server on loopback: every one is refused with its code, the old pack keeps
answering, and nothing hangs (the limits are shortened in the service's config so that each test
takes a few seconds)."""
from __future__ import annotations

import json
import shutil
import sys
import threading
import time
import urllib.request
from pathlib import Path

import pytest
from pack_helpers import DETECTORS, POLICY, QuietHandler, StaticSite, write_pack
from test_updates import assert_old_pack_still_works, release, start, update
from test_updates import keys  # noqa: F401 (a fixture)

from thinktwice.pack import PackError, load_pack
from thinktwice.pack.compile import MAX_TERMS, PackTooLarge, expansion
from thinktwice.release import bundle, publish, signing
from thinktwice.release.gate import shrinkage
from thinktwice.release.installs import InstallStore
from thinktwice.service.rules import RuleService
from thinktwice.text import Text

VOTE_LABOUR = {"text": "Vote Labour on 4 July", "context": {"org": "test-su", "account": "official"}}


@pytest.fixture
def hostile(tmp_path, keys):
    """A service with short limits (`limits` overrides them), its feed and sources; stopped afterwards."""
    made = []

    def make(handler=QuietHandler, **limits):
        env = start(tmp_path, keys, handler, UPDATE_LIMITS={"gate_seconds": 20, **limits})
        made.append(env)
        return env

    yield make
    for env in made:
        env["server"].stop()
        env["site"].stop()


def ship(env, source: Path, version: str = "2.0", **build) -> Path:
    """Build (with `build` options), sign and publish `source` to the feed."""
    pack = env["work"] / f"pack-{version}.ttpack"
    pack.write_bytes(bundle.build(source, version, **build))
    key = env["keys"]["trusted"][0]
    signing.sign_file(pack, key)
    publish.publish(pack, env["site"].directory, key)
    return pack


def timed_update(server) -> tuple[dict, float]:
    """POST /v1/rules/update, waiting as long as a check may take (LiveServer.request waits 10 s)."""
    began = time.monotonic()
    request = urllib.request.Request(server.url + "/v1/rules/update", method="POST",
                                     headers={"Authorization": f"Bearer {server.token}"})
    with urllib.request.urlopen(request, timeout=90) as answer:
        outcome = json.loads(answer.read())["last_update"]
    return outcome, time.monotonic() - began


def gate_processes(data_dir) -> list[str]:
    """Command lines of live processes examining a staged pack of this service (Linux's /proc)."""
    staged = str(Path(data_dir) / "packs" / ".incoming-")
    found = []
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            text = cmdline.read_bytes().decode("utf-8", "replace")
        except OSError:
            continue
        if staged in text:
            found.append(text)
    return found


# -- 1. a small pack that expands to millions of terms ----------------------------------------------
# A `{lexicon}` standing as a word of its own after a term's first word is a choice, matched as it comes
# (detectors/lexicon.py): "{filler} and {filler}" is 6,000 terms and one choice of 6,000, not 36 million
# terms. What is still written out — a placeholder that is part of a word, the first word, a hashtag or
# case-sensitive term — multiplies, and is what the count refuses.
def bomb(root: Path, words: int = 6000, term: str = "{filler}-{filler}") -> Path:
    """The test pack plus a lexicon whose one term names another lexicon twice; written as part of a
    word, as here by default, that is `words`² terms once written out."""
    filler = json.dumps([f"filler{i:05d}" for i in range(words)])
    return write_pack(root, detectors=DETECTORS + f'''
[lexicons.filler]
terms = {filler}

[lexicons.pairs]
terms = ["{term}"]
''')


def test_a_pack_whose_placeholders_expand_to_millions_of_terms_is_refused_before_expanding(hostile):
    env = hostile()
    pack = ship(env, bomb(env["work"] / "bomb"))
    assert pack.stat().st_size < 250_000                           # 36 million terms from a small file
    outcome, took = timed_update(env["server"])
    assert outcome["code"] == "pack_too_large" and "36,000,000 terms" in outcome["reason"], outcome
    assert took < 15
    assert_old_pack_still_works(env["server"], "pack_too_large")


def test_the_loader_itself_counts_terms_before_expanding(tmp_path):
    with pytest.raises(PackTooLarge) as refused:
        load_pack(bomb(tmp_path / "bomb"))
    assert str(refused.value).startswith("detectors/political.toml: lexicon 'pairs'")
    assert f"more than {MAX_TERMS:,}" in str(refused.value)
    assert isinstance(refused.value, PackError)                     # so lint and the CLI report it as such


@pytest.mark.parametrize("term", ["{filler} and {filler}", "{filler} {filler} {filler}"])
def test_a_pack_whose_placeholders_are_choices_loads_small_and_matches_every_combination(tmp_path, term):
    """36 million (or 216 billion) combinations once written out; as choices, the first placeholder's
    6,000 terms, each going on to one shared choice of 6,000."""
    before = expansion(load_pack(write_pack(tmp_path / "plain")).lexicons)
    pack = load_pack(bomb(tmp_path / "bomb", term=term))
    sizes = expansion(pack.lexicons)
    assert sizes["pairs"][0] == 6000 + 6000 and sizes["filler"][0] == 6000
    assert sum(t for t, _ in sizes.values()) == sum(t for t, _ in before.values()) + 3 * 6000
    matcher = pack.compiled.matcher
    assert len(matcher) == len(load_pack(write_pack(tmp_path / "plain")).compiled.matcher) + 2 * 6000
    assert list(matcher.choice_tries) == [("{filler}", False)]
    words = term.replace("{filler}", "filler05999").replace("filler05999", "filler00017", 1)
    hits = matcher.find(Text(f"so: {words}!"))
    # (a set: digits are read as letters, so "filler00017" is also "filler01117", another term)
    assert {(h.lexicon, h.first, h.last) for h in hits if h.lexicon == "pairs"} == {("pairs", 2, 2 + len(words.split()))}
    assert not [h for h in matcher.find(Text(words.replace("filler05999", "fillers"))) if h.lexicon == "pairs"]


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_a_pack_that_needs_more_memory_than_the_limit_is_refused(hostile):
    env = hostile(gate_memory_mb=160)                      # loading this pack takes over 200 MB
    ship(env, bomb(env["work"] / "heavy", words=440))      # 193,600 terms written out: within the count, not the memory
    outcome, _ = timed_update(env["server"])
    assert outcome["code"] == "pack_too_large" and "memory" in outcome["reason"], outcome
    assert_old_pack_still_works(env["server"], "pack_too_large")


def test_at_start_an_installed_pack_that_cannot_load_falls_back_without_crashing(tmp_path):
    """Installed without a recorded sha256 (as by hand, or by an older version): a bomb in the current
    pack's directory is counted, refused with a note, and the previous pack answers."""
    data, store = tmp_path / "data", InstallStore(tmp_path / "data")
    for version, source in (("2099.1", write_pack(tmp_path / "good")), ("2099.2", bomb(tmp_path / "bomb"))):
        files = bundle.read(bundle.build(source, version))[1]
        store.commit(store.stage(files), {"version": version, "source": "update", "signer": None})
    service = RuleService({}, data)
    assert service.engine.pack.version == "2099.1"
    assert any("2099.2 could not be loaded" in n and "36,000,000 terms" in n for n in service.startup_notes)


# -- 2. a pack whose own example backtracks without end ---------------------------------------------
RUNAWAY_RULE = '''
[[rules]]
kind = "pattern"
id = "personal-data.code"
category = "personal-data"
regex = \'\'\'\\s*\\s*\\s*\\d\'\'\'
example_org = "test-su"
message = "A code ({{match}})."
advice = "Remove it."
should_warn = ["code [1]"]
should_not_warn = ["code{spaces}x"]
'''


def test_an_example_that_backtracks_without_end_is_stopped_and_the_lock_released(hostile):
    env = hostile(gate_seconds=3)
    source = write_pack(env["work"] / "runaway", detectors=DETECTORS + RUNAWAY_RULE.format(spaces=" " * 5000),
                        policy=POLICY.replace('silent_on = ["endorsement"]',
                                              'silent_on = ["endorsement", "personal-data"]'))
    ship(env, source)
    server = env["server"]
    answers = []
    checking = threading.Thread(target=lambda: answers.append(timed_update(server)))
    checking.start()
    time.sleep(1.5)                                         # the gate is running its examples now
    assert server.request("POST", "/v1/check", body=VOTE_LABOUR).json()["verdict"] == "warning"
    checking.join(30)
    outcome, took = answers[0]
    assert outcome["code"] == "pack_too_slow" and "3 s" in outcome["reason"], outcome
    assert took < 10
    again, took = timed_update(server)                      # the update lock was released
    assert again["code"] == "pack_too_slow" and took < 10
    assert server.request("GET", "/v1/rules").json()["history"][0]["times"] == 2
    assert_old_pack_still_works(server, "pack_too_slow")
    if Path("/proc").is_dir():
        assert gate_processes(server.app.config["DATA_DIR"]) == [], "the child was not killed"


# -- 4. a pack with fewer rules, profiles or [[map]] entries ----------------------------------------
def zero_rules(root: Path) -> Path:
    """A pack that loads, passes lint and has no examples to fail: no rules, no [[map]] entries."""
    policy = POLICY.split("[[map]]")[0]
    for summary in ("Union accounts do not back parties.", "Keep your union role apart from party politics."):
        policy = policy.replace(f'summary = "{summary}"', f'summary = "{summary}"\nnot_cited = "none"')
    return write_pack(root, detectors='[lexicons.party]\nterms = ["Labour"]\n', policy=policy)


def test_a_signed_pack_with_zero_rules_is_refused_unless_built_to_shrink(hostile):
    env = hostile()
    empty = zero_rules(env["work"] / "empty")
    ship(env, empty)
    outcome = update(env["server"])["last_update"]
    assert outcome["code"] == "pack_shrinks", outcome
    assert "fewer [[map]] entries for test-su (0, was 2)" in outcome["reason"]
    assert "has 0 rules, the installed pack 2" in outcome["reason"] and "--allow-shrink" in outcome["reason"]
    answer = env["server"].request("POST", "/v1/check", body=VOTE_LABOUR).json()
    assert answer["verdict"] == "warning" and answer["rules_version"] == "1.0"

    ship(env, empty, "3.0", allow_shrink=True)                  # the comms team means it
    outcome = update(env["server"])["last_update"]
    assert outcome["status"] == "installed" and "as its manifest allows" in outcome["reason"], outcome
    assert env["server"].request("POST", "/v1/check", body=VOTE_LABOUR).json()["verdict"] == "ok"


def test_shrinkage_names_dropped_profiles_fewer_entries_and_fewer_rules():
    installed = {"version": "1", "rules": 5, "profiles": {"a-su": 3, "b-su": 2, "c-su": 1}}
    assert shrinkage(installed, {**installed, "rules": 6, "profiles": {**installed["profiles"], "d-su": 1}}) == []
    assert shrinkage(installed, {"version": "2", "rules": 4, "profiles": {"a-su": 2, "c-su": 1}}) == [
        "drops the profile b-su", "has fewer [[map]] entries for a-su (2, was 3)",
        "has 4 rules, the installed pack 5"]


# -- 5. the update channel --------------------------------------------------------------------------
class Drip(QuietHandler):
    """Serves everything, but sends the file named by `dripped` one byte every 2 s: after its headers
    (`part = "body"`) or from its first byte on (`part = "headers"`)."""
    dripped, part = "index.json", "body"

    def do_GET(self):
        if not self.path.endswith(self.dripped):
            return super().do_GET()
        body = (Path(self.directory) / self.path.lstrip("/")).read_bytes()
        head = f"HTTP/1.1 200 OK\r\nContent-Length: {len(body)}\r\nContent-Type: application/json\r\n\r\n".encode()
        quick, slow = (head, body) if self.part == "body" else (b"", head + body)
        try:
            self.wfile.write(quick)
            for i in range(len(slow)):
                self.wfile.write(slow[i:i + 1])
                self.wfile.flush()
                time.sleep(2)
        except OSError:                 # the client gave up
            pass
        self.close_connection = True


@pytest.mark.parametrize("dripped, part", [("index.json", "body"), ("index.json", "headers"),
                                           ("test-pack-2.0.ttpack", "body")])
def test_a_feed_that_drips_a_byte_every_two_seconds_is_timed_out_as_a_whole(hostile, dripped, part):
    handler = type("Dripping", (Drip,), {"dripped": dripped, "part": part})
    env = hostile(handler, index_seconds=1, pack_seconds=1)
    release(env["v2"], "2.0", env["site"].directory, env["keys"]["trusted"][0], env["work"])
    outcome, took = timed_update(env["server"])
    assert outcome["status"] == "failed" and outcome["code"] == "too_slow", outcome
    assert "within 1 s" in outcome["reason"] and took < 5
    assert_old_pack_still_works(env["server"], "too_slow")


class Redirect(QuietHandler):
    """Answers `moved` (a path) with a redirect to `to` (a URL, or a path on this server)."""
    moved, to = "/index.json", ""

    def do_GET(self):
        if self.path != self.moved:
            return super().do_GET()
        self.send_response(302)
        self.send_header("Location", self.to)
        self.send_header("Content-Length", "0")
        self.end_headers()


def test_a_redirect_off_the_feeds_origin_is_refused(hostile, tmp_path):
    elsewhere = StaticSite(tmp_path / "elsewhere")
    try:
        env = hostile(type("Away", (Redirect,), {"to": elsewhere.url + "index.json"}))
        for site in (env["site"].directory, elsewhere.directory):       # a good feed at both ends
            release(env["v2"], "2.0", site, env["keys"]["trusted"][0], env["work"])
        outcome = update(env["server"])["last_update"]
        assert outcome["code"] == "redirect_off_feed" and elsewhere.url in outcome["reason"], outcome
        assert_old_pack_still_works(env["server"], "redirect_off_feed")
    finally:
        elsewhere.stop()


@pytest.mark.parametrize("to, code", [("/mirror/index.json", None), ("/mirror/%2e%2e/index.json", "bad_path"),
                                      ("/mirror//index.json", "bad_path")])
def test_a_redirect_on_the_same_origin_is_followed_only_to_a_normalised_path(hostile, to, code):
    env = hostile(type("Moved", (Redirect,), {"to": to}))
    site, key = env["site"].directory, env["keys"]["trusted"][0]
    pack = release(env["v2"], "2.0", site, key, env["work"])          # what /mirror/../index.json would serve
    publish.publish(pack, site / "mirror", key)
    outcome = update(env["server"])["last_update"]
    if code is None:
        assert outcome["status"] == "installed", outcome
    else:
        assert outcome["code"] == code, outcome
        assert_old_pack_still_works(env["server"], code)


@pytest.mark.parametrize("path", ["packs/../packs/test-pack-2.0.ttpack", "packs/%2e%2e/packs/test-pack-2.0.ttpack",
                                  "packs//test-pack-2.0.ttpack", "/packs/test-pack-2.0.ttpack",
                                  "./packs/test-pack-2.0.ttpack", "http://127.0.0.1:9/test-pack-2.0.ttpack"])
def test_a_signed_index_naming_a_file_by_a_path_that_is_not_plain_is_refused(hostile, path):
    env = hostile()
    site, key = env["site"].directory, env["keys"]["trusted"][0]
    release(env["v2"], "2.0", site, key, env["work"])
    signed = json.loads((site / "index.json").read_text())["signed"]
    signed["latest"]["path"] = path
    (site / "index.json").write_text(json.dumps(publish.sign_index(signed, signing.load_private(key))))
    outcome = update(env["server"])["last_update"]
    assert outcome["code"] == "bad_path", outcome
    assert_old_pack_still_works(env["server"], "bad_path")


def test_an_index_over_its_size_cap_is_refused_from_its_content_length(hostile):
    env = hostile()
    (env["site"].directory / "index.json").write_bytes(b" " * 300_000)
    outcome = update(env["server"])["last_update"]
    assert outcome["code"] == "too_large" and "Content-Length 300000" in outcome["reason"], outcome


@pytest.fixture(scope="module")
def two_installs(tmp_path_factory, keys):
    """A data directory in which the real updater installed 2099.1 and then 2099.2 (the Pirate Party)."""
    tmp = tmp_path_factory.mktemp("installs")
    env = start(tmp, keys)
    try:
        for version, source in (("2099.1", env["v1"]), ("2099.2", env["v2"])):
            release(source, version, env["site"].directory, keys["trusted"][0], tmp)
            assert update(env["server"])["last_update"]["status"] == "installed"
    finally:
        env["server"].stop()
        env["site"].stop()
    return tmp / "data"


@pytest.mark.parametrize("tamper, note", [
    (lambda d: (d / "detectors" / "political.toml").write_text("# emptied\n"),
     "detectors/political.toml was changed on disk after it was installed"),
    (lambda d: shutil.copy(d / "detectors" / "political.toml", d / "detectors" / "extra.toml"),
     "detectors/extra.toml was added after it was installed"),
    (lambda d: (d / "pack.ttpack").write_bytes((d / "pack.ttpack").read_bytes().replace(b"Pirate", b"Private")),
     "pack.ttpack is not the pack that was installed"),
    (lambda d: (d / "pack.ttpack").unlink(), "its pack file pack.ttpack is missing"),
])
def test_an_installed_pack_edited_on_disk_is_not_served(two_installs, tmp_path, tamper, note):
    data = tmp_path / "data"
    shutil.copytree(two_installs, data)
    assert RuleService({}, data).engine.pack.version == "2099.2"      # untouched, it is verified and used
    tamper(data / "packs" / "2099.2")
    service = RuleService({}, data)
    assert service.engine.pack.version == "2099.1"                    # the previous install, verified
    assert any(f"the installed pack 2099.2 could not be loaded ({note}" in n for n in service.startup_notes), \
        service.startup_notes
