"""Field encryption with AES-256-GCM under a keyring kept outside the database.

A ciphertext is ``b"rc1" + key id (8 bytes) + nonce (12 bytes) + sealed bytes``, so
any key still in the keyring can open it. Rotation adds a key and re-encrypts under it;
the old key stays in the ring (retired: it opens, never seals) until nothing uses it, so
a server that sealed with it a moment before it noticed the rotation loses nothing.
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import os
import secrets
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

MAGIC = b"rc1"
SEARCH_KEY_INFO = b"reconnect journal search index v1"
KEY_ID_BYTES = 8
NONCE_BYTES = 12
CHECK_EVERY_S = 1.0  # how often a running process looks at its keyring file


class KeyringError(Exception):
    """The keyring is missing, malformed or lacks the key a ciphertext needs."""


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text.encode("ascii"))


@functools.lru_cache(maxsize=16)
def _derive_search_key(key: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=SEARCH_KEY_INFO).derive(key)


@dataclass
class Keyring:
    """Named AES-256 keys, one of them active for new ciphertexts."""

    active: str
    keys: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def generate(cls) -> Keyring:
        """A keyring with one fresh random key."""
        key_id = secrets.token_hex(KEY_ID_BYTES // 2)
        return cls(active=key_id, keys={key_id: AESGCM.generate_key(bit_length=256)})

    @classmethod
    def from_text(cls, text: str) -> Keyring:
        """Parse the JSON keyring, or a single base64 key given on its own."""
        text = text.strip()
        if not text.startswith("{"):
            key = _decode_key(text)
            return cls(active="env00000", keys={"env00000": key})
        try:
            data = json.loads(text)
            keys = {kid: _decode_key(value) for kid, value in data["keys"].items()}
            active = str(data["active"])
        except (ValueError, KeyError, TypeError, AttributeError) as exc:
            raise KeyringError(
                f"the keyring is not valid JSON of the expected shape: {exc}"
            ) from exc
        if active not in keys:
            raise KeyringError("the keyring's active key is not among its keys")
        if any(len(kid.encode()) != KEY_ID_BYTES for kid in keys):
            raise KeyringError(f"key ids must be {KEY_ID_BYTES} characters")
        return cls(active=active, keys=keys)

    def to_text(self) -> str:
        """The keyring as JSON text."""
        return json.dumps(
            {"active": self.active, "keys": {k: _b64(v) for k, v in self.keys.items()}}
        )

    def with_new_active_key(self) -> Keyring:
        """A copy with one more key, which becomes the active one."""
        fresh = Keyring.generate()
        return Keyring(active=fresh.active, keys={**self.keys, **fresh.keys})

    def without(self, key_ids: set[str]) -> Keyring:
        """A copy without these retired keys (the active key always stays)."""
        kept = {k: v for k, v in self.keys.items() if k == self.active or k not in key_ids}
        return Keyring(active=self.active, keys=kept)

    def search_key(self, key_id: str | None = None) -> bytes:
        """The search index's key that goes with one encryption key (the active one by
        default): derived from it, so it rotates with it and lives wherever it lives."""
        return _derive_search_key(self.keys[key_id or self.active])

    def encrypt(self, plaintext: str) -> bytes:
        """Seal text under the active key."""
        nonce = os.urandom(NONCE_BYTES)
        sealed = AESGCM(self.keys[self.active]).encrypt(nonce, plaintext.encode("utf-8"), MAGIC)
        return MAGIC + self.active.encode("ascii") + nonce + sealed

    def decrypt(self, blob: bytes) -> str:
        """Open a ciphertext sealed under any key in the ring."""
        if not blob.startswith(MAGIC):
            raise KeyringError("not a Reconnect ciphertext")
        head = len(MAGIC)
        key_id = blob[head : head + KEY_ID_BYTES].decode("ascii", errors="replace")
        nonce = blob[head + KEY_ID_BYTES : head + KEY_ID_BYTES + NONCE_BYTES]
        sealed = blob[head + KEY_ID_BYTES + NONCE_BYTES :]
        key = self.keys.get(key_id)
        if key is None:
            raise KeyringError(f"the keyring has no key {key_id!r}; was it rotated away?")
        try:
            return AESGCM(key).decrypt(nonce, sealed, MAGIC).decode("utf-8")
        except InvalidTag as exc:
            raise KeyringError("a ciphertext failed its integrity check") from exc

    def key_id_of(self, blob: bytes) -> str:
        """Which key sealed this ciphertext."""
        return blob[len(MAGIC) : len(MAGIC) + KEY_ID_BYTES].decode("ascii", errors="replace")


class KeyringFile:
    """The keyring in its file, read again when the file changes.

    Every process that seals text (each server worker, each command) asks for the ring
    through ``current``; it looks at the file at most once every ``check_every_s`` and
    reloads it when it was replaced, so a ``reconnect keys rotate`` run beside a running
    server is picked up within a second. A file that cannot be read keeps the ring last
    read (and says so in the log), so a half-finished edit never stops the app.
    """

    def __init__(self, path: Path, check_every_s: float = CHECK_EVERY_S) -> None:
        self.path = path
        self.check_every_s = check_every_s
        self._lock = threading.Lock()
        self._seen = self._stamp()
        self._ring = Keyring.from_text(path.read_text(encoding="utf-8"))
        self._checked = time.monotonic()

    def _stamp(self) -> tuple[int, int, int]:
        stat = self.path.stat()
        return stat.st_mtime_ns, stat.st_size, stat.st_ino

    def current(self) -> Keyring:
        """The ring as the file holds it now (to within ``check_every_s``)."""
        now = time.monotonic()
        if now - self._checked < self.check_every_s:
            return self._ring
        with self._lock:
            self._checked = now
            try:
                stamp = self._stamp()
                if stamp != self._seen:
                    self._ring = Keyring.from_text(self.path.read_text(encoding="utf-8"))
                    self._seen = stamp
            except (OSError, KeyringError) as exc:
                logging.getLogger(__name__).warning("keeping the keyring read before: %s", exc)
            return self._ring


def _decode_key(text: str) -> bytes:
    try:
        key = _unb64(text.strip())
    except ValueError as exc:
        raise KeyringError("an encryption key is not valid base64") from exc
    if len(key) != 32:
        raise KeyringError("an encryption key must be 32 bytes (256 bits), base64-encoded")
    return key


def write_private_file(path: Path, text: str) -> None:
    """Write text atomically to a file only the owner may read (mode 0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    tmp.replace(path)


def load_or_create_keyring(path: Path) -> Keyring:
    """Read the keyring file, creating it with a fresh key (0600) on first run."""
    if path.exists():
        return Keyring.from_text(path.read_text(encoding="utf-8"))
    ring = Keyring.generate()
    write_private_file(path, ring.to_text())
    return ring


def load_or_create_secret(path: Path) -> str:
    """Read the signing secret file, creating a random one (0600) on first run."""
    if path.exists():
        return path.read_text(encoding="utf-8").strip()
    secret = secrets.token_urlsafe(48)
    write_private_file(path, secret)
    return secret
