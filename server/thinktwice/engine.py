"""The checker: validates a request, runs the detectors, applies the organisation's policy.

Plain Python with no web framework, shared by the HTTP service, the CLI and the tests.
"""
from __future__ import annotations

import gc
import time
from collections import OrderedDict
from datetime import date
from pathlib import Path
from threading import Lock

from .budget import DEFAULT_BUDGET_MS, BudgetedDetector, CheckTimeout, deadline_for
from .pack import elections
from .policy import Context, apply_policy
from .pack import Pack, load_pack
from .text import Text
from .vocab import ACCOUNTS, ACTIONS, ROLES, SEVERITY_RANK

BUNDLED_RULES = Path(__file__).resolve().parent / "bundled_rules"
DEFAULT_MAX_TEXT = 20_000
CONTEXT_KEYS = {"org", "role", "account", "platform"}
REQUEST_KEYS = {"text", "action", "replying_to", "context"}


def default_rules_dir() -> Path:
    """The repository's rules/ in a source checkout, else the copy installed with the package."""
    source = Path(__file__).resolve().parents[2] / "rules"
    return source if (source / "pack.toml").is_file() else BUNDLED_RULES


class RequestError(ValueError):
    """A request the checker cannot answer; `code` is stable, `message` names the problem."""

    def __init__(self, code: str, message: str, status: int = 400):
        super().__init__(message)
        self.code, self.message, self.status = code, message, status


def _text_field(body: dict, key: str, limit: int, required: bool) -> str | None:
    value = body.get(key)
    if value is None:
        if required:
            raise RequestError("missing_field", f"'{key}' is required")
        return None
    if not isinstance(value, str):
        raise RequestError("invalid_type", f"'{key}' must be a string, not {type(value).__name__}")
    if required and not value.strip():
        raise RequestError("empty_text", f"'{key}' is empty")
    if len(value) > limit:
        raise RequestError("text_too_long", f"'{key}' has {len(value)} characters; the limit is {limit}", 413)
    return value


class Engine:
    def __init__(self, pack: Pack, max_text: int = DEFAULT_MAX_TEXT, defaults: dict | None = None,
                 cache_size: int = 2048, budget_ms: float | None = DEFAULT_BUDGET_MS, today=date.today):
        self.pack = pack
        # The pack is some 100,000 objects that live as long as it does: moved out of the collector's sight,
        # a full collection no longer walks them (one used to stall a check for 60-80 ms). They hold no
        # reference cycles, so a replaced pack is still freed. When this engine replaces another (a rule
        # update), garbage is collected first so that none is frozen with it; at start there is next to none,
        # and a collection then would walk everything (60 ms) for nothing.
        if gc.get_freeze_count():
            gc.collect()
        gc.freeze()
        self.today = today          # the date election windows are judged on; a function returning None ignores them
        self.detector = BudgetedDetector(pack)
        self.max_text = max_text
        self.budget_ms = budget_ms            # time budget per check (budget.py); None: unlimited
        self.defaults = {"org": None, "role": "volunteer", "account": "personal", **(defaults or {})}
        self._cache: OrderedDict = OrderedDict()
        self._contexts: dict = {}           # (action, context, settings) -> Context, as validated
        self._cache_size = cache_size
        self._lock = Lock()

    @classmethod
    def from_directory(cls, rules_dir: str | Path | None = None, **kwargs) -> "Engine":
        return cls(load_pack(rules_dir or default_rules_dir()), **kwargs)

    # -- validation ----------------------------------------------------------------
    def parse(self, body, defaults: dict | None = None) -> tuple[str, str | None, Context]:
        if not isinstance(body, dict):
            raise RequestError("invalid_body", "the request body must be a JSON object")
        if not REQUEST_KEYS.issuperset(body):
            raise RequestError("unknown_field", f"unknown field(s): {', '.join(sorted(set(body) - REQUEST_KEYS))}")
        text = _text_field(body, "text", self.max_text, required=True)
        replying_to = _text_field(body, "replying_to", self.max_text, required=False)
        action = body.get("action", "post")
        context = body.get("context", {})
        # A user sends the same context and settings check after check: what they validate to is remembered.
        try:
            key = (action, tuple(context.items()), tuple(defaults.items()) if defaults else None)
            ctx = self._contexts.get(key)
        except (AttributeError, TypeError):     # not an object, or a value that cannot be a key: validate
            key = ctx = None
        if ctx is None:
            ctx = self._context(action, context, defaults)
            if key is not None:
                if len(self._contexts) >= 1024:
                    self._contexts.clear()
                self._contexts[key] = ctx
        return text, replying_to, ctx

    def _context(self, action, context, defaults: dict | None) -> Context:
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
        merged = {}
        for key in ("org", "role", "account"):      # the request's context, else the user's settings, else ours
            if key in context:
                merged[key] = context[key]
            else:
                value = defaults.get(key) if defaults else None
                merged[key] = self.defaults.get(key) if value is None else value
        for key, value in (*merged.items(), ("platform", context.get("platform"))):
            if value is not None and not isinstance(value, str):
                raise RequestError("invalid_type", f"'context.{key}' must be a string")
        org = merged["org"]
        if org is None:
            raise RequestError("missing_field", "'context.org' is required (no default organisation is set); "
                                                f"known: {', '.join(self.pack.profiles)}")
        if org not in self.pack.profiles:
            raise RequestError("unknown_org", f"unknown organisation {org!r}; known: {', '.join(self.pack.profiles)}")
        profile = self.pack.profiles[org]
        if merged["role"] not in ROLES:
            raise RequestError("unknown_role", f"unknown role {merged['role']!r}; expected one of {', '.join(ROLES)}")
        if merged["role"] not in profile.roles:
            raise RequestError("unknown_role", f"role {merged['role']!r} is not covered by {org}'s policy; "
                                               f"its roles are {', '.join(profile.roles)}")
        if merged["account"] not in ACCOUNTS:
            raise RequestError("unknown_account",
                               f"unknown account {merged['account']!r}; expected one of {', '.join(ACCOUNTS)}")
        platform = context.get("platform")
        if platform is not None and len(platform) > 64:
            raise RequestError("invalid_value", "'context.platform' is longer than 64 characters")
        return Context(org, merged["role"], merged["account"], action, platform)

    # -- checking -----------------------------------------------------------------
    def check(self, body, defaults: dict | None = None) -> dict:
        """Answer one /v1/check request; `defaults` fills context the request leaves out (user settings)."""
        started = time.perf_counter()
        text, replying_to, ctx = self.parse(body, defaults)
        open_now = elections.open_elections(self.pack.elections, ctx.org, self.today()) if self.pack.elections else []
        elections_open = tuple([e.id for e in open_now]) if open_now else ()
        key = (text, replying_to, ctx.org, ctx.role, ctx.account, ctx.action, elections_open)
        warnings = None
        if self._cache_size:
            with self._lock:
                warnings = self._cache.get(key)
                if warnings is not None:
                    self._cache.move_to_end(key)
        if warnings is None:
            try:
                with deadline_for(self.budget_ms):
                    warnings = self.evaluate(text, replying_to, ctx, open_now)
            except CheckTimeout as exc:
                raise RequestError("check_timeout", str(exc), 503) from None
            if self._cache_size:
                with self._lock:
                    self._cache[key] = warnings
                    if len(self._cache) > self._cache_size:
                        self._cache.popitem(last=False)
        # Warnings come most severe first (evaluate), so the first one gives the verdict.
        verdict = warnings[0]["severity"] if warnings else "ok"
        return {"verdict": verdict, "warnings": [dict(w) for w in warnings],
                "rules_version": self.pack.version,
                "elapsed_ms": round((time.perf_counter() - started) * 1000, 3)}

    def find_spans(self, text: str, org: str, rule_id: str) -> list[tuple[int, int]]:
        """Where one detector rule finds something in `text` for `org` (Python string offsets, sorted);
        [] when it finds nothing. What rule examples are checked against."""
        found = self.detector.find(Text(text), org, only={rule_id})
        return sorted(found[rule_id].spans) if rule_id in found else []

    def evaluate(self, text: str, replying_to: str | None, ctx: Context, open_now: list | None = None) -> list[dict]:
        prepared = Text(text)
        findings = self.detector.find(prepared, ctx.org,
                                      only=self.pack.rules_used_by(ctx.org, ctx.role, ctx.account, ctx.action))
        signals = {rid for rid, f in findings.items() if f.rule.category == "signal"}
        if replying_to:
            signal_ids = self.pack.signal_ids
            signals |= {f"{rid}@replying_to" for rid in self.detector.find(Text(replying_to), ctx.org, only=signal_ids)}
        warnings = apply_policy(self.pack.profiles[ctx.org], findings, prepared, ctx, signals)
        if open_now:
            roles = []
            if ctx.action == "profile":
                hits = self.detector.hits_by_lexicon(prepared, ctx.org).get(open_now[0].role_lexicon) or []
                roles = [prepared.span(h.start, h.end) for h in hits]
            warnings = elections.apply(open_now, warnings, self.pack, self.pack.profiles[ctx.org], ctx.action, roles)
        warnings.sort(key=lambda w: (-SEVERITY_RANK[w["severity"]], w["spans"][0]["start"] if w["spans"] else 0))
        return warnings
