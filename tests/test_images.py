"""Pictures attached to a check (issue 17), through the real Flask app on a real port: the text in them,
faces and logos judged by the user's organisation's policy, and every way a picture can be refused.
Pictures are made here (scripts/image_cases.py): Pillow posters, scikit-image's sample photos, the pack's
drawn stand-in logos."""
from __future__ import annotations

import base64
import io
import json
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import pytest

pytest.importorskip("rapidocr_onnxruntime", reason="the images extra is not installed")
pytest.importorskip("skimage", reason="scikit-image (a test dependency) makes the test pictures")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
import image_cases as cases  # noqa: E402
from PIL import Image  # noqa: E402

LANCS_OFFICIAL = {"org": "lancaster-su", "role": "volunteer", "account": "official"}


def check(server, body: dict, timeout: float = 120):
    """POST /v1/check with a timeout long enough for OCR on a busy two-core machine."""
    req = urllib.request.Request(server.url + "/v1/check", data=json.dumps(body).encode(), method="POST",
                                 headers={"Content-Type": "application/json", "Authorization": f"Bearer {server.token}"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, json.loads(resp.read())
    except urllib.error.HTTPError as err:
        return err.code, json.loads(err.read())


def of_image(answer: dict, index: int = 0) -> list[dict]:
    return [w for w in answer["warnings"] if w.get("image") == index]


def inside(box, area, slack: int = 40) -> bool:
    x, y, w, h = box
    ax, ay, aw, ah = area
    return x >= ax - slack and y >= ay - slack and x + w <= ax + aw + slack and y + h <= ay + ah + slack


# -- text in pictures ------------------------------------------------------------------------------
def test_a_party_poster_with_a_harmless_caption_warns_with_the_posters_box(live_server):
    poster = cases.poster(["VOTE LABOUR"], size=90, kind="white")
    status, answer = check(live_server, {"text": "see you there!", "images": [cases.encoded(poster, "jpeg")],
                                         "context": LANCS_OFFICIAL})
    assert status == 200, answer
    assert answer["verdict"] == "warning"
    (w,) = [w for w in of_image(answer) if w["category"] == "political"]
    assert w["rule"] == "political.party-vote" and w["clause"]["ref"] == "10.1" and w["severity"] == "warning"
    assert "spans" not in w and w["found"].upper() == "VOTE LABOUR"
    x, y, width, height = w["box"]
    assert 200 < x + width / 2 < 880 and 380 < y + height / 2 < 700 and 30 < height < 200


def test_words_run_together_by_the_ocr_are_split_as_a_hashtag_is(live_server):
    poster = cases.poster(["VOTELABOUR"], size=90)
    status, answer = check(live_server, {"text": "", "images": [cases.encoded(poster)], "context": LANCS_OFFICIAL})
    assert status == 200
    assert [w["rule"] for w in of_image(answer)] == ["political.party-vote"]


@pytest.mark.parametrize("lines, font, size, angle, kind, category", [
    (["Call Sam 07700 900461"], "dejavu-mono", 48, 0, "dark", "personal-data"),
    (["Use code SAVE20 at checkout", "for 20% off"], "dejavu-serif", 56, 8, "colour", "commercial"),
    (["BACK THE GREENS"], "dejavu-sans-bold", 100, -15, "coffee", "political"),
    (["Vote Conservative", "on 4 July"], "pillow-default", 72, 0, "rocket", "political"),
])
def test_text_in_several_fonts_sizes_angles_and_backgrounds_is_judged_like_a_post(live_server, lines, font, size,
                                                                                   angle, kind, category):
    if font not in cases.fonts():
        pytest.skip(f"{font} is not installed here")
    picture = cases.poster(lines, font, size, angle, kind)
    status, answer = check(live_server, {"text": "", "images": [cases.encoded(picture, "jpeg")],
                                         "context": LANCS_OFFICIAL})
    assert status == 200
    assert category in {w["category"] for w in of_image(answer)}, answer


def test_a_harmless_poster_raises_nothing(live_server):
    picture = cases.poster(["Bake sale Friday 2pm"], "pillow-default", 80, 0, "colour")
    status, answer = check(live_server, {"text": "Come along!", "images": [cases.encoded(picture, "webp")],
                                         "context": LANCS_OFFICIAL})
    assert status == 200 and answer["verdict"] == "ok" and answer["warnings"] == []


def test_the_picture_is_judged_in_the_posts_context(live_server):
    """A party named on a personal account is a note, as in text; Leicester SU's policy is silent on politics."""
    picture = cases.encoded(cases.poster(["VOTE LABOUR"], size=90))
    _, personal = check(live_server, {"text": "", "images": [picture],
                                      "context": {**LANCS_OFFICIAL, "account": "personal"}})
    _, leicester = check(live_server, {"text": "", "images": [picture], "context": {**LANCS_OFFICIAL, "org": "leicester-su"}})
    assert {w["severity"] for w in of_image(personal) if w["category"] == "political"} == {"info"}
    assert of_image(leicester) == []


# -- people ----------------------------------------------------------------------------------------
def test_a_face_is_a_caution_on_an_official_account_and_a_note_on_a_personal_one(live_server):
    photo = cases.encoded(cases.sample("astronaut"))
    _, official = check(live_server, {"text": "", "images": [photo], "context": LANCS_OFFICIAL})
    _, personal = check(live_server, {"text": "", "images": [photo], "context": {**LANCS_OFFICIAL, "account": "personal"}})
    (w,) = of_image(official)
    assert (w["rule"], w["severity"], w["clause"]["ref"]) == ("personal-data.people-in-picture", "caution", "6.9")
    assert w["message"] == "The picture shows a person: have they agreed to be posted?"
    assert inside(w["box"], (150, 20, 180, 200))              # the astronaut's head in the 512 px picture
    assert [(w["severity"], w["clause"]["ref"]) for w in of_image(personal)] == [("info", "6.9")]


def test_no_face_no_warning_and_silent_policies_stay_silent(live_server):
    _, coffee = check(live_server, {"text": "", "images": [cases.encoded(cases.sample("coffee"))],
                                    "context": LANCS_OFFICIAL})
    assert coffee["warnings"] == []
    _, chester = check(live_server, {"text": "", "images": [cases.encoded(cases.sample("astronaut"))],
                                     "context": {**LANCS_OFFICIAL, "org": "chester-su"}})
    assert chester["warnings"] == []
    _, leicester = check(live_server, {"text": "", "images": [cases.encoded(cases.sample("astronaut"))],
                                       "context": {**LANCS_OFFICIAL, "org": "leicester-su"}})
    assert [(w["clause"]["ref"], w["severity"]) for w in leicester["warnings"]] == [("5.5.5", "caution")]


# -- logos -----------------------------------------------------------------------------------------
LEICESTER = {"org": "leicester-su", "role": "volunteer", "account": "official"}


@pytest.mark.parametrize("scale, angle, crop, recolour, photo", [
    (0.3, 0, 0, "none", "coffee"),
    (0.15, 25, 0, "none", "rocket"),
    (0.4, -90, 0.3, "none", "chelsea"),
    (0.25, 40, 0, "hue", "coffee"),
    (0.2, 180, 0.2, "grey", "astronaut"),
])
def test_the_universitys_logo_pasted_into_a_photo_is_found_scaled_turned_cropped_recoloured(
        live_server, scale, angle, crop, recolour, photo):
    picture, where = cases.pasted(cases.logo("university-of-leicester.png"), photo, scale, angle, crop, recolour)
    status, answer = check(live_server, {"text": "Match day!", "images": [cases.encoded(picture, "jpeg")],
                                         "context": LEICESTER})
    assert status == 200
    logos = [w for w in of_image(answer) if w["category"] == "branding"]
    assert [(w["rule"], w["clause"]["ref"], w["severity"]) for w in logos] == \
        [("branding.partner-logo-use", "5.3", "warning")]
    assert logos[0]["message"] == "The picture carries the University of Leicester logo."
    assert inside(logos[0]["box"], where)


def test_another_logo_is_not_taken_for_the_organisations(live_server):
    for angle, scale in ((0, 0.3), (30, 0.2)):
        picture, _ = cases.pasted(cases.other_logo(), "coffee", scale, angle)
        _, answer = check(live_server, {"text": "", "images": [cases.encoded(picture)], "context": LEICESTER})
        assert [w for w in answer["warnings"] if w["category"] == "branding"] == []


def test_the_unions_own_logo_is_a_caution_unless_approval_is_stated(live_server):
    picture, _ = cases.pasted(cases.logo("lancaster-su.png"), "rocket", 0.3, 10)
    body = {"images": [cases.encoded(picture, "jpeg")], "context": LANCS_OFFICIAL}
    _, plain = check(live_server, {**body, "text": "Our new hoodies"})
    _, approved = check(live_server, {**body, "text": "Our new hoodies (logo approved by the SU)"})
    assert [(w["rule"], w["clause"]["ref"], w["severity"]) for w in of_image(plain) if w["category"] == "branding"] == \
        [("branding.logo-use", "App1 4.3", "caution")]
    assert [w for w in of_image(approved) if w["category"] == "branding"] == []


@pytest.mark.parametrize("caption", ["Approved by Union Activities", "Used with permission from the SU",
                                     "Our poster, signed off by the comms team"])
def test_the_captions_approval_lifts_the_pictures_logo_without_naming_the_logo(live_server, caption):
    """The text's approval signal needs the logo named beside it ('logo approved by the SU'); beside a
    picture that carries the logo, the caption's approval alone lifts it, as the policy's 'unless approved'
    says (Lancaster SU App1 4.3)."""
    picture, _ = cases.pasted(cases.logo("lancaster-su.png"), "rocket", 0.3, 10)
    _, answer = check(live_server, {"text": caption, "images": [cases.encoded(picture, "jpeg")],
                                    "context": LANCS_OFFICIAL})
    assert [w for w in answer["warnings"] if w["category"] == "branding"] == []


@pytest.mark.parametrize("caption", ["Our poster, not approved by anyone lol", "Need approval for this?",
                                     "Used without permission", "Our budget for the poster"])
def test_a_caption_that_denies_or_asks_for_approval_leaves_the_pictures_logo(live_server, caption):
    picture, _ = cases.pasted(cases.logo("lancaster-su.png"), "rocket", 0.3, 10)
    _, answer = check(live_server, {"text": caption, "images": [cases.encoded(picture, "jpeg")],
                                    "context": LANCS_OFFICIAL})
    assert [(w["rule"], w["clause"]["ref"], w["severity"], w["image"]) for w in answer["warnings"]
            if w["category"] == "branding"] == [("branding.logo-use", "App1 4.3", "caution", 0)]


def test_approval_lifts_only_what_the_policy_lets_approval_lift(live_server):
    """Leicester SU 5.3: the union's logo once Union Activities approves; the University's never."""
    union, _ = cases.pasted(cases.logo("leicester-su.png"), "coffee", 0.3, 10)
    university, _ = cases.pasted(cases.logo("university-of-leicester.png"), "coffee", 0.3, 10)
    for caption, expected in (("Match day!", [("branding.logo-use", "caution", 0),
                                              ("branding.partner-logo-use", "warning", 1)]),
                              ("Approved by Union Activities", [("branding.partner-logo-use", "warning", 1)])):
        _, answer = check(live_server, {"text": caption, "context": LEICESTER,
                                        "images": [cases.encoded(union, "jpeg"), cases.encoded(university, "jpeg")]})
        assert sorted((w["rule"], w["severity"], w["image"]) for w in answer["warnings"]) == expected, caption


# -- likes and shares ------------------------------------------------------------------------------
def test_the_endorsed_posts_pictures_are_checked_like_its_text(live_server):
    poster = cases.encoded(cases.poster(["VOTE LABOUR"], size=90))
    _, share = check(live_server, {"text": "", "action": "share", "images": [poster], "context": LANCS_OFFICIAL})
    assert {(w["category"], w["clause"]["ref"]) for w in share["warnings"]} == {("endorsement", "6.3"),
                                                                                ("political", "10.1")}
    assert all(w["image"] == 0 for w in share["warnings"])
    # With the same breach in the text and the picture, one endorsement warning, not one each.
    _, both = check(live_server, {"text": "Vote Labour!", "action": "share", "images": [poster],
                                  "context": LANCS_OFFICIAL})
    assert [w["category"] for w in both["warnings"]].count("endorsement") == 1


@pytest.mark.parametrize("action", ["like", "repost", "quote"])
def test_a_like_repost_or_quote_checks_the_endorsed_posts_pictures(live_server, action):
    """Each endorsing action: the endorsed post's pictures are judged as if posted, with the endorsement
    clause (Lancaster SU 6.3), and the caption's approval lifts a pictured logo there too."""
    faces = {"text": "", "action": action, "images": [cases.encoded(cases.sample("astronaut"))],
             "context": LANCS_OFFICIAL}
    _, answer = check(live_server, faces)
    assert sorted((w["category"], w["clause"]["ref"], w["image"]) for w in answer["warnings"]) == \
        [("endorsement", "6.3", 0), ("personal-data", "6.9", 0)]
    _, silent = check(live_server, {**faces, "context": {**LANCS_OFFICIAL, "org": "chester-su"}})
    assert silent["warnings"] == []         # Chester SU's profile is silent on people-in-picture
    picture, _ = cases.pasted(cases.logo("lancaster-su.png"), "rocket", 0.3, 10)
    logo = {"action": action, "images": [cases.encoded(picture, "jpeg")], "context": LANCS_OFFICIAL}
    _, plain = check(live_server, {**logo, "text": "Look at this"})
    assert {w["category"] for w in plain["warnings"]} == {"endorsement", "branding"}
    _, approved = check(live_server, {**logo, "text": "Approved by Union Activities"})
    assert approved["warnings"] == []


def test_several_pictures_each_answer_with_their_own_index(live_server):
    pictures = [cases.encoded(cases.sample("coffee"), "jpeg"), cases.encoded(cases.sample("astronaut"), "gif"),
                cases.encoded(cases.poster(["Call Sam 07700 900461"], size=60), "png")]
    status, answer = check(live_server, {"text": "Weekend!", "images": pictures, "context": LANCS_OFFICIAL})
    assert status == 200
    assert {(w["image"], w["category"]) for w in answer["warnings"]} == {(1, "personal-data"), (2, "personal-data")}
    assert answer["warnings"][0]["image"] == 2 and answer["verdict"] == "warning"     # most severe first


# -- refusals --------------------------------------------------------------------------------------
def png_of_size(width: int, height: int) -> bytes:
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


GOOD = cases.encoded(Image.new("RGB", (64, 64), "white"))


@pytest.mark.parametrize("images, status, code, named", [
    ([GOOD] * 5, 400, "too_many_images", "limit is 4"),
    ("not a list", 400, "invalid_type", "'images' must be a list"),
    ([GOOD, {"data": GOOD["data"], "type": "image/bmp"}], 400, "unsupported_image_type", "images[1]"),
    ([{"data": GOOD["data"], "type": "image/jpeg"}], 400, "image_type_mismatch", "images[0] is declared image/jpeg"),
    ([{"data": "not base64!!", "type": "image/png"}], 400, "invalid_image", "images[0]: 'data' is not base64"),
    ([{"data": b64(b"hello, not a picture"), "type": "image/png"}], 400, "invalid_image", "images[0]"),
    ([GOOD, {"data": b64(base64.b64decode(GOOD["data"])[:60]), "type": "image/png"}], 400, "invalid_image",
     "images[1] cannot be decoded"),
    ([{"data": GOOD["data"]}], 400, "missing_field", "images[0]"),
    ([{"data": GOOD["data"], "type": "image/png", "name": "x.png"}], 400, "unknown_field", "images[0]"),
    ([GOOD, {"data": b64(png_of_size(10_000, 10_000)), "type": "image/png"}], 413, "image_too_large",
     "images[1]"),
    ([{"data": b64(png_of_size(8_000, 6_000)), "type": "image/png"}], 413, "image_too_large",
     "images[0] is 8000×6000 pixels (48.0 megapixels); the limit is 40"),
    ([{"data": b64(b"\x89PNG\r\n\x1a\n" + b"\0" * (10 * 1024 * 1024)), "type": "image/png"}], 413,
     "image_too_large", "images[0]"),
])
def test_bad_pictures_get_a_json_4xx_naming_the_picture(live_server, images, status, code, named):
    got, answer = check(live_server, {"text": "hello", "images": images, "context": LANCS_OFFICIAL})
    assert got == status, answer
    assert answer["error"]["code"] == code and named in answer["error"]["message"]


@pytest.mark.parametrize("body", [
    {"text": "x" * 300_000, "context": LANCS_OFFICIAL},
    {"text": "hello", "images": [], "context": LANCS_OFFICIAL, "note": "x" * 300_000},
    {"text": "hello", "images": None, "context": LANCS_OFFICIAL, "note": "x" * 300_000},
], ids=["no images", "an empty images list", "images null"])
def test_a_body_without_pictures_keeps_the_small_limit(live_server, body):
    """Only pictures earn the large body limit: a text-only body over 256 KiB is a 413 naming the limit,
    whatever keys it carries."""
    status, answer = check(live_server, body)
    assert status == 413, answer
    assert answer["error"]["code"] == "request_entity_too_large"
    assert str(256 * 1024) in answer["error"]["message"] and "'images'" in answer["error"]["message"]


def test_a_body_with_pictures_may_be_large(live_server):
    """A 2 MB picture (noise does not compress) makes a body far over the text limit; it is checked."""
    import numpy as np

    noise = Image.fromarray(np.random.default_rng(3).integers(0, 256, (900, 900, 3), dtype=np.uint8))
    picture = cases.encoded(noise, "png")
    assert len(picture["data"]) > 2_000_000
    status, answer = check(live_server, {"text": "hello", "images": [picture], "context": LANCS_OFFICIAL})
    assert status == 200, answer


def test_the_decompression_bomb_is_refused_before_it_is_decompressed():
    from thinktwice.images.decode import ImageRejected, decoded, received

    bomb = png_of_size(30_000, 30_000)            # 900 megapixels in about 100 KB
    assert len(bomb) < 200_000
    with pytest.raises(ImageRejected) as refused:
        decoded(received(0, {"data": b64(bomb), "type": "image/png"}))
    assert refused.value.code == "image_too_large" and "megapixels" in refused.value.message


def test_text_may_be_empty_or_absent_only_when_pictures_come_with_it(live_server):
    for body in ({"text": ""}, {}, {"text": "  ", "images": []}):
        status, answer = check(live_server, {**body, "context": LANCS_OFFICIAL})
        assert status == 400 and answer["error"]["code"] in ("empty_text", "missing_field")
    status, answer = check(live_server, {"images": [GOOD], "context": LANCS_OFFICIAL})
    assert status == 200 and answer["verdict"] == "ok"


# -- packaging -------------------------------------------------------------------------------------
def test_models_load_on_the_first_picture_not_at_start():
    code = ("import sys; from thinktwice.web import create_app; import tempfile; "
            "create_app({'DATA_DIR': tempfile.mkdtemp(), 'UPDATE_CHECK_AT_START': False}); "
            "print(sorted(m for m in ('cv2', 'onnxruntime', 'rapidocr_onnxruntime', 'PIL', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"


def test_without_the_extra_a_picture_gets_images_unavailable(tmp_path):
    """A service whose images extra cannot be imported (here a rapidocr_onnxruntime that raises ImportError
    shadows the installed one) answers pictures with 503 images_unavailable, and text as before."""
    blocker = tmp_path / "blocked" / "rapidocr_onnxruntime"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('not installed')\n")
    from service_process import ServiceProcess

    service = ServiceProcess(tmp_path / "data", env={"PYTHONPATH": f"{blocker.parent}:{ROOT / 'server'}"})
    try:
        conn = service.connection(timeout=60)
        status, answer = service.call(conn, "POST", "/v1/check", {"text": "hi", "images": [GOOD],
                                                                  "context": LANCS_OFFICIAL})
        assert status == 503 and answer["error"]["code"] == "images_unavailable"
        assert "thinktwice[images]" in answer["error"]["message"]
        status, answer = service.call(conn, "POST", "/v1/check", {"text": "Vote Labour", "context": LANCS_OFFICIAL})
        assert status == 200 and answer["verdict"] == "warning"
    finally:
        service.stop()
