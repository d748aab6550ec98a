"""Whether a text reads as English: the risk model and the rules read English only.

A text written in another language is still saved and screened, but the screen cannot vouch
for it, so the person is told so beside it, with help one click away (docs/safety.md).
Language identification by py3langid (BSD-3-Clause; its model ships in the package),
limited to the languages of the countries whose helplines the app lists and their
neighbours, and trusted only when it is sure: a short or slangy English text ("kms lol",
"meh") must never be taken for another language.

Pure: imports nothing from the rest of the app.
"""

from __future__ import annotations

import threading
from typing import Final

from py3langid.langid import MODEL_FILE, LanguageIdentifier

LANGUAGES: Final = ("en", "de", "fr", "es", "it", "pt", "nl", "pl")
SURE: Final = 0.95  # another language only when the identifier is at least this sure
MIN_WORDS: Final = 3

_lock = threading.Lock()
_loaded: dict[str, LanguageIdentifier] = {}


def _identifier() -> LanguageIdentifier:
    """The identifier, loaded once (about a second) on first use."""
    with _lock:
        if "identifier" not in _loaded:
            identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            identifier.set_languages(list(LANGUAGES))
            _loaded["identifier"] = identifier
        return _loaded["identifier"]


def reads_as_english(text: str) -> bool:
    """False only when the text is surely in another language."""
    if len(text.split()) < MIN_WORDS:
        return True
    language, probability = _identifier().classify(text)
    return bool(language == "en" or probability < SURE)
