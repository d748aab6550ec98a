"""Build hook: refuse to build a wheel or sdist without the front-end files from npm.

`make assets` copies them into src/reconnect/web/static/vendor/ (git-ignored, shipped through
`artifacts` in pyproject.toml). Without them the pages would load no HTMX, so the build stops
with a clear message instead of producing a package that half works. Editable installs
(`uv sync`, which `make setup` runs before `make assets`) read the source tree and are let through.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

VENDOR_DIR = Path("src/reconnect/web/static/vendor")
# What base.html loads (axe.min.js is copied too, for the accessibility tests).
REQUIRED_ASSETS = ("htmx.min.js",)


def missing_assets(root: Path) -> list[str]:
    """Return the required front-end files that are absent or empty under root."""
    missing = []
    for name in REQUIRED_ASSETS:
        path = root / VENDOR_DIR / name
        if not path.is_file() or path.stat().st_size == 0:
            missing.append(str(VENDOR_DIR / name))
    return missing


class VendorAssetsHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable":
            return
        missing = missing_assets(Path(self.root))
        if missing:
            raise RuntimeError(
                f"Front-end files missing: {', '.join(missing)}. "
                "Run `make assets` (or `make dist`) before building a wheel or sdist."
            )
