"""Step 1 of a check: validate a /v1/check request into a `CheckRequest`, or refuse it with a stable
error code and a message naming the problem. HTTP statuses belong to the web layer (web/errors.py)."""
from __future__ import annotations

from typing import NamedTuple

from .images.decode import ImageRejected, Received, received
from .vocab import ACCOUNTS, ACTIONS, ROLES

CONTEXT_KEYS = {"org", "role", "account", "platform"}
REQUEST_KEYS = {"text", "action", "replying_to", "context", "images"}
MAX_PLATFORM_CHARS = 64
MAX_IMAGES = 4


class RequestError(ValueError):
    """A request that cannot be answered; `code` is stable, `message` names the problem."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code, self.message = code, message


class Context(NamedTuple):
    org: str
    role: str
    account: str
    action: str
    platform: str | None = None


class CheckRequest(NamedTuple):
    text: str                           # may be empty when pictures come with it
    replying_to: str | None
    context: Context
    images: tuple[Received, ...] = ()   # checked for size and type, not yet decoded (images/decode.py)


def validate(body, profiles: dict, max_text: int, defaults: dict) -> CheckRequest:
    """`profiles`: organisation id -> its profile (for its roles); `defaults`: what fills the context
    a request leaves out (the user's settings, then the service's)."""
    if not isinstance(body, dict):
        raise RequestError("invalid_body", "the request body must be a JSON object")
    if not REQUEST_KEYS.issuperset(body):
        raise RequestError("unknown_field", f"unknown field(s): {', '.join(sorted(set(body) - REQUEST_KEYS))}")
    pictures = _images(body.get("images"))
    text = _text_field(body, "text", max_text, required=not pictures) or ""
    replying_to = _text_field(body, "replying_to", max_text, required=False)
    return CheckRequest(text, replying_to, _context(body.get("action", "post"), body.get("context"), profiles,
                                                    defaults), pictures)


def _images(value) -> tuple[Received, ...]:
    """The pictures, each checked for its type, base64 and size (decoding waits for the images extra)."""
    if value is None:
        return ()
    if not isinstance(value, list):
        raise RequestError("invalid_type", f"'images' must be a list, not {type(value).__name__}")
    if len(value) > MAX_IMAGES:
        raise RequestError("too_many_images", f"'images' has {len(value)} pictures; the limit is {MAX_IMAGES}")
    try:
        return tuple(received(i, entry) for i, entry in enumerate(value))
    except ImageRejected as exc:
        raise RequestError(exc.code, exc.message) from None


def _text_field(body: dict, key: str, limit: int, required: bool) -> str | None:
    value = body.get(key)
    if value is None:
        if required:
            raise RequestError("missing_field", f"'{key}' is required (it may be empty when 'images' are sent)")
        return None
    if not isinstance(value, str):
        raise RequestError("invalid_type", f"'{key}' must be a string, not {type(value).__name__}")
    if required and not value.strip():
        raise RequestError("empty_text", f"'{key}' is empty (send 'images' to check pictures alone)")
    if len(value) > limit:
        raise RequestError("text_too_long", f"'{key}' has {len(value)} characters; the limit is {limit}")
    return value


def _context(action, context, profiles: dict, defaults: dict) -> Context:
    if not isinstance(action, str):
        raise RequestError("invalid_type", "'action' must be a string")
    if action not in ACTIONS:
        raise RequestError("unknown_action", f"unknown action {action!r}; expected one of {', '.join(ACTIONS)}")
    if context is None:
        context = {}
    if not isinstance(context, dict):
        raise RequestError("invalid_type", "'context' must be an object")
    if not CONTEXT_KEYS.issuperset(context):
        raise RequestError("unknown_field",
                           f"unknown context field(s): {', '.join(sorted(set(context) - CONTEXT_KEYS))}")
    merged = {key: context[key] if key in context else defaults.get(key) for key in ("org", "role", "account")}
    for key, value in (*merged.items(), ("platform", context.get("platform"))):
        if value is not None and not isinstance(value, str):
            raise RequestError("invalid_type", f"'context.{key}' must be a string")
    org, role, account = merged["org"], merged["role"], merged["account"]
    if org is None:
        raise RequestError("missing_field", "'context.org' is required (no default organisation is set); "
                                            f"known: {', '.join(profiles)}")
    if org not in profiles:
        raise RequestError("unknown_org", f"unknown organisation {org!r}; known: {', '.join(profiles)}")
    if role not in ROLES:
        raise RequestError("unknown_role", f"unknown role {role!r}; expected one of {', '.join(ROLES)}")
    if role not in profiles[org].roles:
        raise RequestError("unknown_role", f"role {role!r} is not covered by {org}'s policy; "
                                           f"its roles are {', '.join(profiles[org].roles)}")
    if account not in ACCOUNTS:
        raise RequestError("unknown_account", f"unknown account {account!r}; expected one of {', '.join(ACCOUNTS)}")
    platform = context.get("platform")
    if platform is not None and len(platform) > MAX_PLATFORM_CHARS:
        raise RequestError("invalid_value", f"'context.platform' is longer than {MAX_PLATFORM_CHARS} characters")
    return Context(org, role, account, action, platform)
