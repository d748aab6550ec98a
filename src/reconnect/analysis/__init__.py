"""On-device analysis: pure functions from text to emotion scores and personal markers.

Imports no other Reconnect domain, no web and no database.
"""

from reconnect.analysis.emotions import (
    EMBEDDING_DIM,
    MODEL_VERSION,
    THREADS_ENV,
    EmotionResult,
    ModelIntegrityError,
    classify,
    classify_and_embed,
    embed,
    load,
    model_version,
)
from reconnect.analysis.labels import EKMAN_GROUPS, LABELS

__all__ = [
    "EKMAN_GROUPS",
    "EMBEDDING_DIM",
    "LABELS",
    "MODEL_VERSION",
    "THREADS_ENV",
    "EmotionResult",
    "ModelIntegrityError",
    "classify",
    "classify_and_embed",
    "embed",
    "load",
    "model_version",
]
