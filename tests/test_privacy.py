"""Post text is never written to disk or to logs: after many checks (answered, refused, too long, timed
out) the data directory, the service's logs and its temporary directory hold none of it."""
import secrets

from service_process import ServiceProcess

from thinktwice.service.audit import AuditLog

LANCS = {"org": "lancaster-su", "role": "volunteer", "account": "official"}
TEMPLATES = [
    "Vote Labour on 4 July {m} - our society is behind them",
    "Call {m} Jess on 07700 900{n:03d}, her NI number is QQ 12 34 56 C",
    "{m} those idiots in the SU are f*cking useless",
    "Use code {m}STUDENT{n} at checkout for 20% off",
    "Lovely weather for the {m} society picnic",
]


def files_under(*roots):
    for root in roots:
        for path in root.rglob("*"):
            if path.is_file():
                yield path


def test_no_post_text_reaches_the_data_directory_logs_or_temporary_files(tmp_path):
    data, logs, tmp = tmp_path / "data", tmp_path / "logs", tmp_path / "tmp"
    tmp.mkdir()
    service = ServiceProcess(data, log_dir=logs, env={"TMPDIR": str(tmp), "THINKTWICE_CHECK_BUDGET_MS": "200"})
    markers = []
    try:
        conn = service.connection()
        service.call(conn, "PUT", "/v1/settings", {"org": "lancaster-su", "role": "staff"})
        for n in range(400):
            marker = "q" + secrets.token_hex(6)             # unguessable, so a hit can only be our text
            markers.append(marker)
            text = TEMPLATES[n % len(TEMPLATES)].format(m=marker, n=n)
            body = {"text": text, "context": LANCS, "replying_to": f"re {marker}"}
            if n % 50 == 7:
                body["context"] = {**LANCS, "org": marker}           # refused: unknown_org echoes the value
            if n % 50 == 8:
                body["text"] = (text + " ") * 2000                    # 413 text_too_long
            if n % 50 == 9:
                body = {"text": text, "context": LANCS, marker: 1}    # unknown_field
            status, answer = service.call(conn, "POST", "/v1/check", body)
            assert status in (200, 400, 413), answer
            if status == 200 and answer["warnings"]:
                w = answer["warnings"][0]
                status, _ = service.call(conn, "POST", "/v1/audit", {
                    "org": "lancaster-su", "action": "post", "rules": [w["rule"]], "severity": w["severity"],
                    "outcome": ["edited", "went_ahead", "cancelled", "asked_comms"][n % 4]})
                assert status == 201
        # A check that runs out of its time budget, and bodies that are not even JSON.
        marker = "q" + secrets.token_hex(6)
        markers.append(marker)
        status, answer = service.call(conn, "POST", "/v1/check", {"text": marker + " " + "0" * 6000, "context": LANCS})
        assert status in (200, 503)
        conn.request("POST", "/v1/check", body=f'{{"text": "{marker}'.encode(),
                     headers={"Authorization": f"Bearer {service.token}", "Content-Type": "application/json"})
        resp = conn.getresponse()
        assert resp.status == 400 and resp.read()
        markers.append(marker)
        conn.close()
    finally:
        service.stop()

    assert len(AuditLog(data).entries()) > 50
    scanned = list(files_under(data, logs, tmp))
    assert any(p.name == "audit.json" for p in scanned) and any(p.name == "stdout.log" for p in scanned)
    for path in scanned:
        content = path.read_bytes().decode("utf-8", "replace")
        found = [m for m in markers if m in content]
        assert not found, f"post text reached {path.relative_to(tmp_path)}: {found[:3]}"
    print(f"\n{len(markers)} posts checked; {len(scanned)} files under the data directory, logs and TMPDIR "
          "hold none of their text")


def test_no_picture_reaches_the_data_directory_logs_or_temporary_files(tmp_path):
    """Pictures (answered, refused, undecodable) leave no trace: not their bytes, not their base64, not the
    words read from them."""
    import base64
    import io
    import random
    import sys
    from pathlib import Path

    import pytest

    pytest.importorskip("rapidocr_onnxruntime", reason="the images extra is not installed")
    pytest.importorskip("skimage", reason="scikit-image makes the test pictures")
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
    import image_cases as cases

    data, logs, tmp = tmp_path / "data", tmp_path / "logs", tmp_path / "tmp"
    tmp.mkdir()
    service = ServiceProcess(data, log_dir=logs, env={"TMPDIR": str(tmp)})
    rng = random.Random(secrets.randbits(32))
    traces = []                 # (what, bytes that must appear nowhere)
    try:
        conn = service.connection(timeout=180)
        for n in range(4):
            number = f"{rng.randint(0, 999999):06d}"
            picture = cases.poster([f"Call Sam 07700 {number}"], size=60, kind=("white", "coffee")[n % 2])
            noise = rng.randbytes(48 * 48 * 3)            # unguessable pixels, so a hit can only be this picture
            from PIL import Image
            picture.paste(Image.frombytes("RGB", (48, 48), noise), (10, 10))
            buffer = io.BytesIO()
            picture.save(buffer, "PNG")
            raw = buffer.getvalue()
            encoded = base64.b64encode(raw).decode()
            traces += [("picture bytes", raw[len(raw) // 2:len(raw) // 2 + 32]),
                       ("base64", encoded[len(encoded) // 2:len(encoded) // 2 + 48].encode())]
            status, answer = service.call(conn, "POST", "/v1/check", {
                "text": "", "images": [{"data": encoded, "type": "image/png"}], "context": LANCS})
            assert status == 200, answer
            found = [w["found"] for w in answer["warnings"] if w.get("image") == 0]
            assert any(number in f.replace(" ", "") for f in found), found
            traces.append(("words read", number.encode()))
            # The same picture refused: declared as another type, cut short, too many of it.
            for images in ([{"data": encoded, "type": "image/jpeg"}],
                           [{"data": base64.b64encode(raw[:len(raw) // 3]).decode(), "type": "image/png"}],
                           [{"data": encoded, "type": "image/png"}] * 5):
                status, answer = service.call(conn, "POST", "/v1/check", {"text": "hi", "images": images,
                                                                          "context": LANCS})
                assert status == 400, answer
        conn.close()
    finally:
        service.stop()

    scanned = list(files_under(data, logs, tmp))
    assert any(p.name == "stdout.log" for p in scanned)
    for path in scanned:
        content = path.read_bytes()
        found = [what for what, trace in traces if trace in content]
        assert not found, f"a picture reached {path.relative_to(tmp_path)}: {found[:3]}"
    print(f"\n{len(traces) // 3} pictures checked and refused; {len(scanned)} files hold none of their bytes, "
          "base64 or words")
