"""write_atomic on real files: the new contents or the old, the mode asked for, nothing left behind."""
import os
import stat

import pytest

from thinktwice.files import write_atomic


def mode_of(path):
    return stat.S_IMODE(path.stat().st_mode)


def leftovers(directory):
    return [p.name for p in directory.iterdir() if p.name.startswith(".")]


def test_a_new_file_is_written_owner_only_by_default(tmp_path):
    path = tmp_path / "token"
    write_atomic(path, b"secret\n")
    assert path.read_bytes() == b"secret\n"
    if os.name == "posix":
        assert mode_of(path) == 0o600
    assert leftovers(tmp_path) == []


def test_an_existing_file_is_replaced_with_the_mode_asked_for(tmp_path):
    path = tmp_path / "index.json"
    path.write_bytes(b"old")
    write_atomic(path, b"new", mode=0o644)
    assert path.read_bytes() == b"new"
    if os.name == "posix":
        assert mode_of(path) == 0o644
    assert leftovers(tmp_path) == []


def test_a_failed_replace_leaves_the_target_as_it_was_and_no_temporary_file(tmp_path):
    target = tmp_path / "settings.json"
    target.mkdir()                                  # a directory cannot be replaced by a file
    (target / "inside").write_text("kept")
    with pytest.raises(OSError):
        write_atomic(target, b"{}")
    assert (target / "inside").read_text() == "kept"
    assert leftovers(tmp_path) == []


def test_text_is_refused_with_a_clear_error(tmp_path):
    with pytest.raises(TypeError, match="writes bytes, not str"):
        write_atomic(tmp_path / "token", "secret")
    assert list(tmp_path.iterdir()) == []


def test_a_missing_directory_is_an_error_not_created(tmp_path):
    with pytest.raises(FileNotFoundError):
        write_atomic(tmp_path / "nowhere" / "file", b"x")
    assert list(tmp_path.iterdir()) == []
