"""abusemon: abuse monitoring for LLM inference services.

The native core (C++) does the work; this package re-exports it with Python conventions:
``ValueError`` for bad arguments, :class:`abusemon.Error` (with ``.status``) for everything else.
"""

from __future__ import annotations

import json as _json

from abusemon._core import Error, __version__, version
from abusemon._core import build_info_json as _build_info_json
from abusemon._core import (
    Appeal,
    AuditHead,
    AuditRecord,
    AuditVerification,
    CustomerGate,
    CustomerStatus,
    EndUserStatus,
    DecisionRecord,
    Enforcement,
    GateDecision,
    Grant,
    Notification,
    Principal,
    ReviewContent,
    ReviewItem,
    ReviewStore,
    Transition,
    decision_from_json,
    merge_replay,
    replay,
)
from abusemon._core import ImageModel, Model, decode_data_url, decode_image
from abusemon._core import detect_language, language_route, normalize_text
from abusemon._core import (
    CATEGORIES,
    BlocklistMatch,
    CallbackScorer,
    CategoryResult,
    Monitor,
    Policy,
    RoutedScorer,
    StreamChecker,
    Verdict,
)
from abusemon._core import (
    Tracker,
    TrackerSignal,
    fingerprint,
    fingerprint_distance,
    read_tracker_snapshot,
)


def build_info() -> dict:
    """Build information of the native core as a dict."""
    return _json.loads(_build_info_json())


__all__ = [
    "CATEGORIES",
    "Appeal",
    "AuditHead",
    "AuditRecord",
    "AuditVerification",
    "BlocklistMatch",
    "CallbackScorer",
    "CategoryResult",
    "CustomerGate",
    "CustomerStatus",
    "EndUserStatus",
    "DecisionRecord",
    "Enforcement",
    "Error",
    "GateDecision",
    "Grant",
    "ImageModel",
    "Notification",
    "Model",
    "Monitor",
    "Policy",
    "Principal",
    "ReviewContent",
    "ReviewItem",
    "ReviewStore",
    "RoutedScorer",
    "Transition",
    "StreamChecker",
    "Tracker",
    "TrackerSignal",
    "Verdict",
    "__version__",
    "build_info",
    "decode_data_url",
    "decode_image",
    "detect_language",
    "fingerprint",
    "fingerprint_distance",
    "language_route",
    "normalize_text",
    "merge_replay",
    "read_tracker_snapshot",
    "replay",
    "decision_from_json",
    "version",
]
