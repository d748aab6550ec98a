"""Re-tune the shipped int8 model's thresholds on this machine's int8 scores.

onnxruntime picks its int8 kernels from the CPU (AVX2, or AVX-VNNI where present), and the
two paths round activations a little differently, so a label's score near its threshold can
move. This tunes the thresholds on GoEmotions dev exactly as ``export_onnx.py`` does (on
the scores at batch 1 and 32), without re-exporting the model, and installs them beside it
with fresh checksums. Usage, from the repository root, in the training environment:

    .venv-train/bin/python training/retune_thresholds.py --data ../shared/data/goemotions
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

from tokenizers import Tokenizer

sys.path.insert(0, str(Path(__file__).resolve().parent))

from export_onnx import MODEL_FILE, install, retune_on_int8
from goemotions import read_labels


def main() -> None:
    """Tune, report and install."""
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--model", type=Path, default=Path("src/reconnect/analysis/model"))
    args = parser.parse_args()
    tokenizer = Tokenizer.from_file(str(args.model / "tokenizer.json"))
    with tempfile.TemporaryDirectory() as scratch:
        run = argparse.Namespace(data=args.data, run=Path(scratch))
        doc = retune_on_int8(args.model / MODEL_FILE, tokenizer, run)
        report = json.loads((Path(scratch) / "export_int8_metrics.json").read_text())
    install(doc, tokenizer, read_labels(args.data), args.model)
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
