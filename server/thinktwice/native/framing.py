"""Native messaging's framing: each message is a 4-byte length in native byte order, then that many
bytes of UTF-8 JSON, in both directions. Nothing else may ever be written to the host's stdout."""
from __future__ import annotations

import json
import struct

MAX_INCOMING = 64 * 1024          # what the extension sends is a few dozen bytes; anything this big is wrong
_LENGTH = struct.Struct("=I")     # native byte order, as Chromium and Firefox write it


class FrameError(Exception):
    """A message that cannot be read. `code` is the protocol's error code; `in_sync` says whether the
    next message can still be read (False: the stream is lost, and the host stops after answering)."""

    def __init__(self, code: str, message: str, in_sync: bool):
        super().__init__(message)
        self.code, self.message, self.in_sync = code, message, in_sync


def _read_exactly(stream, n: int) -> bytes:
    chunks, left = [], n
    while left:
        chunk = stream.read(left)
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def _skip(stream, n: int) -> bool:
    """Read and drop `n` bytes; False when the stream ended first."""
    while n:
        chunk = stream.read(min(n, MAX_INCOMING))
        if not chunk:
            return False
        n -= len(chunk)
    return True


def read_message(stream):
    """The next message (a dict), None at the end of the stream (the browser closed it), or a FrameError."""
    header = _read_exactly(stream, _LENGTH.size)
    if not header:
        return None
    if len(header) < _LENGTH.size:
        raise FrameError("bad_message", "the message's length was cut short", in_sync=False)
    (length,) = _LENGTH.unpack(header)
    if length > MAX_INCOMING:
        in_sync = _skip(stream, length)
        raise FrameError("too_large", f"the message is {length} bytes; the most the host reads is {MAX_INCOMING}",
                         in_sync=in_sync)
    body = _read_exactly(stream, length)
    if len(body) < length:
        raise FrameError("bad_message", f"the message ended after {len(body)} of its {length} bytes", in_sync=False)
    try:
        message = json.loads(body.decode("utf-8"))
    except UnicodeDecodeError:
        raise FrameError("bad_message", "the message is not UTF-8 text", in_sync=True) from None
    except RecursionError:
        raise FrameError("bad_message", "the message is nested too deeply", in_sync=True) from None
    except ValueError as exc:
        raise FrameError("bad_message", f"the message is not JSON ({exc})", in_sync=True) from None
    if not isinstance(message, dict):
        raise FrameError("bad_message", "the message is not a JSON object", in_sync=True)
    return message


def encode_message(message: dict) -> bytes:
    """The frame for `message`. ASCII JSON, so a path the file system could not decode (kept as lone
    surrogates) is still valid UTF-8."""
    body = json.dumps(message, separators=(",", ":")).encode("ascii")
    return _LENGTH.pack(len(body)) + body


def write_message(stream, message: dict) -> None:
    stream.write(encode_message(message))
    stream.flush()
