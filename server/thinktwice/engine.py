"""The checker, as one straight path (docs/architecture.md):

    validate (request.py) -> Text (text.py) -> detect (detectors/) -> judge (judge.py) -> answer (answer.py)

Plain Python with no web framework, shared by the HTTP service, the CLI and the tests. The engine
holds a compiled pack (pack/compile.py) and the one cache of the path: answers to requests it has
seen, bounded by entries and by bytes.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict
from datetime import date
from pathlib import Path

from . import answer
from .budget import DEFAULT_BUDGET_MS, CheckTimeout, Deadline
from .detectors.detector import Detection, Detector, warm_up_in_background
from .judge import Warning, judge, signals_of
from .pack import Pack, load_pack
from .pack.elections import open_elections
from .pictures import Pictures, one_endorsement
from .request import CheckRequest, RequestError, validate
from .text import Text
from .vocab import ENDORSING_ACTIONS

BUNDLED_RULES = Path(__file__).resolve().parent / "bundled_rules"
DEFAULT_MAX_TEXT = 20_000
DEFAULT_CONTEXT = {"org": None, "role": "volunteer", "account": "personal"}


def default_rules_dir() -> Path:
    """The repository's rules/ in a source checkout, else the copy installed with the package."""
    source = Path(__file__).resolve().parents[2] / "rules"
    return source if (source / "pack.toml").is_file() else BUNDLED_RULES


class AnswerCache:
    """Judged warnings of requests seen before, least recently used out first, within both bounds.
    Values are immutable (tuples of frozen Warnings), so sharing them is safe."""

    PER_WARNING_BYTES = 400     # a generous estimate of one Warning with its spans

    def __init__(self, max_entries: int = 2048, max_bytes: int = 16 * 1024 * 1024):
        self.max_entries, self.max_bytes = max_entries, max_bytes
        self._items: OrderedDict = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()

    def _size(self, key: tuple, warnings: tuple) -> int:
        text, replying_to = key[0], key[1]
        return 2 * (len(text) + len(replying_to or "")) + 200 + self.PER_WARNING_BYTES * len(warnings)

    def get(self, key: tuple) -> tuple | None:
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def put(self, key: tuple, warnings: tuple) -> None:
        size = self._size(key, warnings)
        if not self.max_entries or size > self.max_bytes:
            return
        with self._lock:
            if key in self._items:
                return
            self._items[key] = warnings
            self._bytes += size
            while len(self._items) > self.max_entries or self._bytes > self.max_bytes:
                old_key, old = self._items.popitem(last=False)
                self._bytes -= self._size(old_key, old)

    def __len__(self) -> int:
        return len(self._items)

    @property
    def bytes(self) -> int:
        return self._bytes


class Engine:
    def __init__(self, pack: Pack, max_text: int = DEFAULT_MAX_TEXT, defaults: dict | None = None,
                 cache_size: int = 2048, cache_bytes: int = 16 * 1024 * 1024,
                 budget_ms: float | None = DEFAULT_BUDGET_MS, today=date.today):
        self.pack = pack
        self.detector = Detector(pack.compiled)
        warm_up_in_background(self.detector)
        self.max_text = max_text
        self.budget_ms = budget_ms            # time budget per check (budget.py); None: unlimited
        self.today = today                    # the date election windows are judged on; returning None ignores them
        self.defaults = {**DEFAULT_CONTEXT, **(defaults or {})}
        self.cache = AnswerCache(cache_size, cache_bytes)
        # Logos are looked for in the pack's directory, then among the rules installed with the service
        # (a one-file update pack carries only TOML).
        logo_dirs = [d for d in dict.fromkeys((pack.root, default_rules_dir())) if d is not None]
        self.pictures = Pictures(pack, self.detector, budget_ms, [Path(d) for d in logo_dirs])

    @classmethod
    def from_directory(cls, rules_dir: str | Path | None = None, **kwargs) -> "Engine":
        return cls(load_pack(rules_dir or default_rules_dir()), **kwargs)

    def validate(self, body, defaults: dict | None = None) -> CheckRequest:
        """Step 1; `defaults` (the user's settings) fill what the request's context leaves out."""
        merged = {**self.defaults, **{k: v for k, v in (defaults or {}).items() if v is not None}}
        return validate(body, self.pack.profiles, self.max_text, merged)

    def check(self, body, defaults: dict | None = None) -> dict:
        """Answer one /v1/check request. RequestError (with a stable code) for a request that cannot
        be answered, `check_timeout` among them."""
        started = time.perf_counter()
        request = self.validate(body, defaults)
        ctx = request.context
        elections = open_elections(self.pack.elections, ctx.org, self.today()) if self.pack.elections else []
        key = (request.text, request.replying_to, ctx.org, ctx.role, ctx.account, ctx.action,
               tuple(e.id for e in elections))
        warnings = self.cache.get(key) if request.text.strip() else ()
        if warnings is None:
            try:
                warnings = self.warnings(request, elections)
            except CheckTimeout as exc:
                raise RequestError("check_timeout", str(exc)) from None
            self.cache.put(key, warnings)
        pictured = ()
        if request.images:
            try:
                pictured = self.pictures.warnings(request, elections)
            except CheckTimeout as exc:
                raise RequestError("check_timeout", str(exc)) from None
            warnings, pictured = one_endorsement(warnings, pictured)
        return answer.build(warnings, _prepared_raw(request.text), self.pack.version,
                            (time.perf_counter() - started) * 1000, pictured,
                            _prepared_raw(request.replying_to) if request.replying_to else "")

    def warnings(self, request: CheckRequest, elections: list) -> tuple[Warning, ...]:
        """Steps 2-4 for a valid request: prepare, detect, judge."""
        ctx, deadline = request.context, Deadline(self.budget_ms)
        text = Text(request.text)
        replied = shared = None
        if request.replying_to:         # first: a rule may take what the reply is about from it
            if ctx.action in ENDORSING_ACTIONS:
                # The post liked or republished is judged as the user's own: read it whole, once. The
                # plan's selection holds every signal rule, so its signals are those of a signal-only read.
                replied = shared = self.detector.find(Text(request.replying_to), ctx.org, deadline)
            else:
                replied = self.detector.find(Text(request.replying_to), ctx.org, deadline,
                                             only=self.pack.compiled.plan(ctx.org).signal_rules)
        detection = self.detector.find(text, ctx.org, deadline, replied=replied.hits if replied else None)
        signals = signals_of(detection)
        if replied:
            signals |= signals_of(replied, "@replying_to")
        return judge(self.pack.compiled.plan(ctx.org), detection, text, ctx, signals, elections, self.pack, shared)

    def detect(self, text: str, org: str, only: frozenset | None = None) -> Detection:
        """Step 3 alone, without a time budget (rule examples, `rules explain`)."""
        return self.detector.find(Text(text), org, Deadline(None), only)

    def find_spans(self, text: str, org: str, rule_id: str) -> list[tuple[int, int]]:
        """Where one detector rule finds something in `text` for `org` (Python string offsets, sorted);
        [] when it finds nothing. What rule examples are checked against."""
        found = self.detect(text, org, frozenset({rule_id})).findings.get(rule_id)
        return list(found.spans) if found else []


def _prepared_raw(text: str) -> str:
    """The text as `Text` holds it (NFC), which the spans index into."""
    return Text.normalise(text)
