"""Build the safety screen's language identifier: py3langid's model, kept to our languages.

The screen asks one question of it: is this text surely not English? Only the languages in
``reconnect.safety.language.LANGUAGES`` are ever compared, so the 97-language model that
py3langid ships (4.5 MB, about half a second to decompress in every process that screens
text) is cut to those columns with py3langid's own reader and writer; answers are
unchanged (``tests/safety/test_language.py`` compares the two). Run from the repository
root after changing LANGUAGES or upgrading py3langid:

    .venv/bin/python scripts/build_langid.py
"""

from __future__ import annotations

import hashlib

from py3langid import modelio
from py3langid.langid import MODEL_DIR, MODEL_FILE

from reconnect.safety.language import LANGID_DIR, LANGID_FILE, LANGUAGES


def main() -> None:
    """Write the cut model and its checksum into the package."""
    ptc, pc, classes, nextmove, row, output = modelio.load_model(MODEL_DIR / MODEL_FILE)
    keep = [i for i, code in enumerate(classes) if code in LANGUAGES]
    if len(keep) != len(LANGUAGES):
        raise SystemExit(f"py3langid lacks some of {LANGUAGES}")
    LANGID_DIR.mkdir(exist_ok=True)
    path = LANGID_DIR / LANGID_FILE
    modelio.save_model(
        path, (ptc[:, keep], pc[keep], [classes[i] for i in keep], nextmove, row, output)
    )
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    (LANGID_DIR / "SHA256SUMS").write_text(f"{digest}  {LANGID_FILE}\n", encoding="utf-8")
    print(f"wrote {path} ({path.stat().st_size:,} bytes) and SHA256SUMS")


if __name__ == "__main__":
    main()
