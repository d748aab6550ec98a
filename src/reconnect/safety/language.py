"""Whether a text reads as English: the risk model and the rules read English only.

A text written in another language is still saved and screened, but the screen cannot vouch
for it, so the person is told so beside it, with help one click away (docs/safety.md).
Language identification by py3langid (BSD-3-Clause), limited to the languages of the
countries whose helplines the app lists and their neighbours, and trusted only when it is
sure: a short or slangy English text ("kms lol", "meh") must never be taken for another
language. Its model, cut to those languages by ``scripts/build_langid.py``, lives in
``langid/`` with a checksum: it loads in a third of the time of the full one.

Pure: imports nothing from the rest of the app but the analysis package's checksum check.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Final

from py3langid.langid import LanguageIdentifier

from reconnect.analysis.emotions import verify_checksums

LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
LANGID_DIR: Final = Path(__file__).parent / "langid"
LANGID_FILE: Final = "languages.npz.xz"
SURE: Final = 0.95  # another language only when the identifier is at least this sure
MIN_WORDS: Final = 3

_lock = threading.Lock()
_loaded: dict[str, LanguageIdentifier] = {}


def load() -> None:
    """Load the identifier now (raises ``ModelIntegrityError`` if its file is damaged)."""
    _identifier()


def _identifier() -> LanguageIdentifier:
    """The identifier, loaded once on first use (its file checked against SHA256SUMS)."""
    with _lock:
        if "identifier" not in _loaded:
            verify_checksums(LANGID_DIR, (LANGID_FILE,))
            path = LANGID_DIR / LANGID_FILE
            _loaded["identifier"] = LanguageIdentifier.from_model_file(path, norm_probs=True)
        return _loaded["identifier"]


def reads_as_english(text: str) -> bool:
    """False only when the text is surely in another language."""
    if len(text.split()) < MIN_WORDS:
        return True
    language, probability = _identifier().classify(text)
    return bool(language == "en" or probability < SURE)
