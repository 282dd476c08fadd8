"""Type stubs for the native extension abusemon._core."""

from typing import Any, Callable, Optional, Union

__version__: str

class Error(RuntimeError):
    """Failure reported by the abusemon core."""

    status: str

def version() -> str: ...
def build_info_json() -> str: ...

# ----- review (docs/REVIEW.md) -----

class Principal:
    id: str
    role: str  # "reviewer" | "manager"
    region: str
    active: bool

class DecisionRecord:
    seq: int
    item_id: int
    kind: str  # "confirm" | "correct" | "dismiss"
    category: str
    severity: str
    reason: str
    decided_by: str
    automatic: bool
    decided_ms: int
    customer: str
    user: str
    region: str
    signal: str
    occurred_ms: int
    def to_json(self) -> str: ...

class ReviewItem:
    id: int
    customer: str
    user: str
    region: str
    queue: str
    signal: str
    category: str
    severity: str
    confidence: float
    status: str  # "pending" | "confirmed" | "corrected" | "dismissed" | "expired"
    created_ms: int
    updated_ms: int
    content_purged: bool
    decision: Optional[DecisionRecord]
    def to_json(self) -> str: ...

class ReviewContent:
    item: ReviewItem
    content: str
    verdict_json: str

class Grant:
    id: int
    requester: str
    region: str
    queue: str
    reason: str
    requested_ms: int
    duration_ms: int
    approver: str
    approved_ms: int
    expires_ms: int
    revoked_by: str
    revoked_ms: int
    state: str  # "pending" | "active" | "expired" | "revoked"

class AuditRecord:
    seq: int
    ts_ms: int
    actor: str
    action: str
    outcome: str
    item_id: int
    grant_id: int
    detail: str
    hash: str

class AuditHead:
    seq: int
    hash: str
    def __init__(self, seq: int, hash: str) -> None: ...
    def to_json(self) -> str: ...
    @staticmethod
    def from_json(text: str) -> AuditHead: ...

class AuditVerification:
    ok: bool
    records: int
    first_bad_seq: int
    problem: str
    head: AuditHead
    def __bool__(self) -> bool: ...

class ReviewStore:
    def __init__(
        self,
        path: str,
        *,
        key: Optional[bytes] = None,
        retention_ms: int = ...,
        max_grant_ms: int = ...,
        auto_confirm_confidence: float = 0.0,
        busy_timeout_ms: int = 5000,
        max_content_bytes: int = 1048576,
        max_pending_items: int = 100000,
        clock: Union[None, Callable[[], int], Any] = None,
    ) -> None: ...
    @property
    def schema_version(self) -> int: ...
    @property
    def encrypted(self) -> bool: ...
    @property
    def path(self) -> str: ...
    def add_principal(self, id: str, role: str, region: str) -> None: ...
    def set_principal_active(self, id: str, active: bool) -> None: ...
    max_grant_ms: int
    def principal(self, id: str) -> Optional[Principal]: ...
    def principals(self) -> list[Principal]: ...
    def submit(
        self,
        content: str,
        *,
        customer: str,
        region: str,
        signal: str,
        category: str,
        severity: str,
        confidence: float,
        user: str = "",
        queue: str = "default",
        verdict_json: str = "{}",
    ) -> int: ...
    def queue(
        self,
        principal: str,
        *,
        status: Optional[str] = "pending",
        queue: str = "",
        customer: str = "",
        after_id: int = 0,
        limit: int = 100,
    ) -> list[ReviewItem]: ...
    def request_access(
        self, requester: str, *, reason: str, duration_ms: int = 3600000, region: str = "", queue: str = ""
    ) -> int: ...
    def approve_access(self, manager: str, grant_id: int) -> None: ...
    def revoke_access(self, actor: str, grant_id: int) -> None: ...
    def grant(self, grant_id: int) -> Grant: ...
    def grants(self, requester: str = "") -> list[Grant]: ...
    def open_item(self, principal: str, item_id: int) -> ReviewContent: ...
    def decide(
        self,
        principal: str,
        item_id: int,
        kind: str,
        *,
        reason: str,
        category: Optional[str] = None,
        severity: Optional[str] = None,
    ) -> DecisionRecord: ...
    def decisions_after(self, after_seq: int = 0, limit: int = 1000) -> list[DecisionRecord]: ...
    def set_decision_listener(self, listener: Optional[Callable[[DecisionRecord], None]]) -> None: ...
    def export_labels(
        self,
        principal: str,
        path: str,
        *,
        corrections_only: bool = False,
        include_automatic: bool = False,
        since_ms: int = 0,
    ) -> dict[str, int]: ...
    def purge(self) -> int: ...
    def verify_audit(self, expected_head: Optional[AuditHead] = None) -> AuditVerification: ...
    def audit_head(self) -> AuditHead: ...
    def audit_records(self, after_seq: int = 0, limit: int = 1000) -> list[AuditRecord]: ...
    def integrity_check(self) -> bool: ...

# ----- monitor (docs/MONITOR.md, docs/POLICY.md) -----

CATEGORIES: tuple[str, ...]

class CallbackScorer:
    """A classifier written in Python: fn(list[str]) -> array (n, len(output_names))."""

    def __init__(
        self,
        fn: Callable[[list[str]], Any],
        output_names: list[str],
        *,
        model_id: str = "",
        model_version: str = "",
    ) -> None: ...
    @property
    def output_names(self) -> list[str]: ...

class CategoryResult:
    score: float
    severity: str  # "safe" | "low" | "medium" | "high"
    filtered: bool
    annotated: bool

class BlocklistMatch:
    blocklist: str
    kind: str  # "term" | "phrase" | "regex"
    pattern: str
    start: int  # UTF-8 byte offset
    end: int
    action: str  # "annotate" | "block"

class Verdict:
    direction: str
    action: str  # "allow" | "annotate" | "block"
    flagged: bool
    categories: dict[str, CategoryResult]
    scores: Any  # numpy.ndarray float32 (7,)
    jailbreak_detected: bool
    jailbreak_filtered: bool
    blocklist_matches: list[BlocklistMatch]
    refusal: Optional[str]
    model_id: str
    model_version: str
    elapsed_ms: float
    stream_offsets: Optional[dict[str, Any]]
    parts: list[dict[str, Any]]  # check_content: index, type, action, scores
    def to_json(self, format: str = "native") -> str: ...
    @staticmethod
    def from_json(json: str, format: str = "native") -> Verdict: ...
    def __eq__(self, other: object) -> bool: ...

class Policy:
    def __init__(self) -> None: ...
    @staticmethod
    def from_json(json: str) -> Policy: ...
    @staticmethod
    def from_file(path: str) -> Policy: ...
    def to_json(self) -> str: ...
    def rule(self, category: str, direction: str) -> tuple[str, str]: ...
    def set_rule(self, category: str, direction: str, annotate_at: str, block_at: str) -> None: ...
    def thresholds(self, category: str) -> Optional[tuple[float, float, float]]: ...
    def set_thresholds(self, category: str, low: float, medium: float, high: float) -> None: ...
    def clear_thresholds(self, category: str) -> None: ...
    def add_blocklist(
        self,
        name: str,
        *,
        terms: list[str] = ...,
        phrases: list[str] = ...,
        regexes: list[str] = ...,
        action: str = "block",
        directions: list[str] = ...,
    ) -> None: ...
    def match_blocklists(self, text: str, direction: str = "prompt") -> list[BlocklistMatch]: ...
    def __eq__(self, other: object) -> bool: ...

class StreamChecker:
    def feed(self, chunk: str) -> list[Verdict]: ...
    def finish(self) -> Verdict: ...
    action: str
    blocked: bool
    finished: bool
    text: str
    checks: int

class Monitor:
    def __init__(
        self,
        scorer: Any,  # str | os.PathLike | Model | CallbackScorer
        policy: Optional[Policy] = None,
        *,
        max_text_bytes: int = ...,
        max_batch_texts: int = ...,
        scorer_batch_size: int = ...,
        image_model: Any = None,  # ImageModel | str | os.PathLike | None
        image_max_pixels: int = ...,
        image_max_bytes: int = ...,
        max_parts: int = ...,
    ) -> None: ...
    def check(
        self, text: str, direction: str = "prompt", *, customer: str = "", user: str = ""
    ) -> Verdict: ...
    def check_content(
        self,
        parts: Any,  # iterable of str | bytes | numpy uint8 (h, w, 3) | OpenAI part dict
        direction: str = "prompt",
        *,
        customer: str = "",
        user: str = "",
    ) -> Verdict: ...
    def set_image_model(self, model: Any) -> None: ...
    def check_prompt(self, text: str, *, customer: str = "", user: str = "") -> Verdict: ...
    def check_completion(self, text: str, *, customer: str = "", user: str = "") -> Verdict: ...
    def check_batch(self, texts: Any, direction: str = "prompt") -> list[Verdict]: ...
    def scores(self, texts: Any) -> Any: ...  # numpy.ndarray float32 (n, 7)
    policy: Policy
    model_id: str
    model_version: str
    def stream(
        self, *, check_every: int = ..., window: int = ..., customer: str = "", user: str = ""
    ) -> StreamChecker: ...
    def set_gate(self, gate: Optional[CustomerGate]) -> None: ...
    def set_enforcement(self, enforcement: Optional[Enforcement]) -> None: ...

# ----- model: the inference engine (docs/ENGINE.md) -----

class Model:
    """A loaded abusemon model file (immutable; share it between threads)."""

    @staticmethod
    def load(path: str, *, int8: bool = False, normalize: Optional[bool] = None) -> "Model": ...
    @property
    def info_json(self) -> str: ...
    @property
    def output_names(self) -> list[str]: ...
    @property
    def hidden_size(self) -> int: ...
    @property
    def normalizes(self) -> bool: ...
    def tokenize(self, text: Union[str, bytes], *, special: bool = False) -> list[int]: ...
    def token(self, id: int) -> str: ...
    def score(
        self,
        texts: Any,  # Sequence[str | bytes]
        *,
        max_tokens: int = 0,
        stride: int = 0,
        window_pooling: str = "model",  # "max" | "mean" | "model"
        max_windows: int = 0,
        normalize: Optional[bool] = None,  # None = the model's default
    ) -> Any: ...  # numpy.ndarray float32 (len(texts), len(output_names))
    def run(
        self,
        texts: Any,
        *,
        output: str = "probabilities",  # "probabilities" | "logits" | "pooled"
        max_tokens: int = 0,
        stride: int = 0,
        window_pooling: str = "model",
        max_windows: int = 0,
        normalize: Optional[bool] = None,
    ) -> Any: ...
    def run_ids(self, sequences: list[list[int]], *, output: str = "logits") -> Any: ...

# ----- enforcement (docs/ENFORCEMENT.md) -----

class CustomerStatus:
    customer: str
    state: str  # "good_standing" | "warned" | "suspended" | "terminated"
    since_ms: int
    remediation_due_ms: int
    last_warning_ms: int
    suspensions: int
    confirmed_items: int
    reason: str
    contact: str
    def to_json(self) -> str: ...

class EndUserStatus:
    customer: str
    user: str
    state: str  # "good_standing" | "blocked"
    since_ms: int
    blocked_until_ms: int
    last_notice_ms: int
    notices: int
    confirmed_items: int
    reason: str
    def to_json(self) -> str: ...

class Transition:
    id: int
    customer: str
    user: str  # "" for the customer's own transitions
    from_state: str
    to_state: str
    ts_ms: int
    reason: str
    actor: str
    evidence_json: str
    def to_json(self) -> str: ...

class Notification:
    id: int
    idempotency_key: str
    customer: str
    user: str  # the end user of a user_notice / user_unblocked; "" otherwise
    kind: str  # "warning" | "suspension" | "termination" | "warning_closed" | "reinstatement" | ...
    recipient: str
    subject: str
    body: str
    created_ms: int
    attempts: int
    next_attempt_ms: int
    delivered_ms: int
    dead: bool
    last_error: str
    def to_json(self) -> str: ...

class Appeal:
    id: int
    customer: str
    filed_ms: int
    explanation: str
    status: str  # "open" | "granted" | "denied"
    resolved_by: str
    resolved_ms: int
    note: str

class GateDecision:
    allowed: bool
    state: str
    reason: str
    def __bool__(self) -> bool: ...

def decision_from_json(text: str) -> DecisionRecord: ...

class CustomerGate:
    """An enforcement gate for Monitor.set_gate()."""

class Enforcement:
    def __init__(
        self,
        path: str,
        *,
        policy: Union[None, str, dict[str, Any]] = None,
        retry_base_ms: int = 60000,
        retry_max_ms: int = 3600000,
        max_attempts: int = 10,
        busy_timeout_ms: int = 5000,
        clock: Union[None, Callable[[], int], Any] = None,
        key: Optional[bytes] = None,
    ) -> None: ...
    @property
    def policy_json(self) -> str: ...
    def apply(self, decision: DecisionRecord) -> list[Transition]: ...
    def sync(self, review: ReviewStore, max_decisions: int = 100000) -> list[Transition]: ...
    def tick(self) -> list[Transition]: ...
    def reinstate(self, actor: str, customer: str, *, reason: str) -> Transition: ...
    def file_appeal(self, customer: str, explanation: str) -> int: ...
    def resolve_appeal(self, actor: str, appeal_id: int, *, grant: bool, note: str) -> None: ...
    def appeals(self, customer: str = "") -> list[Appeal]: ...
    def set_contact(self, customer: str, email: str) -> None: ...
    def status(self, customer: str) -> CustomerStatus: ...
    def customers(self) -> list[CustomerStatus]: ...
    def history(self, customer: str = "") -> list[Transition]: ...
    def is_allowed(self, customer: str, user: Optional[str] = None) -> GateDecision: ...
    def unblock_user(self, actor: str, customer: str, user: str, *, reason: str) -> Transition: ...
    def user_status(self, customer: str, user: str) -> EndUserStatus: ...
    def users(self, customer: str = "") -> list[EndUserStatus]: ...
    def refresh_gate(self) -> None: ...
    def deliver(self, sink: Callable[[Notification], Any], max: int = 100) -> dict[str, int]: ...
    def deliver_jsonl(self, path: str, max: int = 100) -> dict[str, int]: ...
    def deliver_maildir(
        self, dir: Any, max: int = 100, *, from_address: str = "abusemon@localhost"
    ) -> dict[str, int]: ...  # dir: str | os.PathLike
    def outbox(self, pending_only: bool = False) -> list[Notification]: ...
    def customer_gate(self) -> CustomerGate: ...

def replay(
    traffic: Any,  # str | os.PathLike | Iterable[str | dict]
    monitor: Monitor,
    *,
    db: Any = None,
    outbox: Any = None,
    maildir: Any = None,
    enforcement_policy: Union[None, str, dict[str, Any]] = None,
    tracker_config: Union[None, str, dict[str, Any]] = None,
    auto_confirm: float = 0.0,
    reviewer_confirm: float = 0.5,
    flag_severity: str = "medium",
    timeline: bool = False,
) -> dict[str, Any]: ...

# ----- tracker: abuse pattern capture (docs/TRACKER.md) -----

def fingerprint(text: str) -> int: ...
def fingerprint_distance(a: int, b: int) -> int: ...

class TrackerSignal:
    id: int
    customer: str
    user: str  # "" for customer-level signals
    detector: str
    type: str  # "severe" | "frequency" | "rate" | "burst" | "jailbreak" | "evasion"
    priority: str  # "low" | "medium" | "high"
    state: str  # "open" | "acknowledged" | "closed"
    time_ms: int
    category: str  # a category name or "any"
    value: float
    threshold: float
    window_ms: int
    score: float
    item_ids: list[int]
    message: str
    def to_json(self) -> str: ...

class Tracker:
    def __init__(self, config: Union[None, str, dict[str, Any]] = None) -> None: ...
    def record(
        self,
        customer: str,
        user: Optional[str] = None,
        *,
        severity: dict[str, str] = ...,
        direction: str = "prompt",
        action: str = "allow",
        jailbreak: bool = False,
        text: Optional[str] = None,
        fingerprint: int = 0,
        item_id: int = 0,
        time_ms: int = 0,
    ) -> None: ...
    def record_verdict(
        self,
        customer: str,
        verdict: Verdict,
        user: Optional[str] = None,
        *,
        text: Optional[str] = None,
        item_id: int = 0,
        time_ms: int = 0,
    ) -> bool: ...
    def record_review(
        self,
        customer: str,
        *,
        category: str,
        outcome: str,  # "confirmed" | "corrected" | "dismissed"
        user: Optional[str] = None,
        time_ms: int = 0,
        decision_seq: int = 0,
    ) -> bool: ...
    def record_decision(self, decision: DecisionRecord) -> bool: ...
    def record_batch(self, events: list[dict[str, Any]]) -> None: ...
    def drain_signals(self, max: Optional[int] = None) -> list[TrackerSignal]: ...
    def acknowledge(self, signal_id: int) -> bool: ...
    def close(self, signal_id: int) -> bool: ...
    def open_signals(self) -> list[TrackerSignal]: ...
    def customer(self, customer: str, user: Optional[str] = None) -> Optional[dict[str, Any]]: ...
    def stats(self) -> dict[str, Any]: ...
    def evict_idle(self) -> int: ...
    def snapshot(self, path: str) -> None: ...
    def restore(self, path: str) -> None: ...
    def flush_fleet(self, timeout_ms: int = 5000) -> bool: ...
    def fleet_counters(self, customer: str) -> Optional[dict[str, Any]]: ...

def read_tracker_snapshot(path: str) -> dict[str, Any]: ...

# ----- normalize (docs/NORMALIZATION.md) -----

def normalize_text(
    text: Union[str, bytes],
    *,
    model: Optional[Model] = None,
    nfkc: bool = True,
    strip_invisible: bool = True,
    strip_marks: bool = True,
    fold_confusables: bool = True,
    join_spaced: bool = True,
    fold_leetspeak: bool = True,
    collapse_elongation: bool = True,
) -> str: ...

# ----- images (docs/IMAGES.md) -----

class ImageModel:
    def __init__(self, path: Any) -> None: ...
    outputs: list[str]
    name: str
    license: str
    input_size: tuple[int, int]
    resize_mode: str
    memory_bytes: int
    def classify(
        self, image: Any, *, max_pixels: int = ..., max_bytes: int = ...
    ) -> Any: ...  # numpy.ndarray float32 (len(outputs),)
    def run(self, tensor: Any) -> Any: ...
    def prepare(self, rgb: Any) -> Any: ...

def decode_image(data: bytes, *, max_pixels: int = ..., max_bytes: int = ...) -> Any: ...
def decode_data_url(url: str) -> bytes: ...
