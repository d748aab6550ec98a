from __future__ import annotations

import stat
from pathlib import Path

import pytest

from reconnect.core.crypto import Keyring, KeyringError, load_or_create_keyring


def test_it_round_trips_text_including_emoji() -> None:
    ring = Keyring.generate()
    assert ring.decrypt(ring.encrypt("I feel 🌧️ today")) == "I feel 🌧️ today"


def test_it_never_produces_the_same_ciphertext_twice() -> None:
    ring = Keyring.generate()
    assert ring.encrypt("same") != ring.encrypt("same")


def test_old_ciphertexts_open_after_a_new_key_is_added() -> None:
    ring = Keyring.generate()
    sealed = ring.encrypt("before rotation")
    rotated = ring.with_new_active_key()
    assert rotated.active != ring.active
    assert rotated.decrypt(sealed) == "before rotation"
    assert rotated.key_id_of(rotated.encrypt("after")) == rotated.active


def test_a_dropped_key_gives_a_clear_error() -> None:
    ring = Keyring.generate()
    sealed = ring.encrypt("secret")
    other = Keyring.generate()
    with pytest.raises(KeyringError, match="no key"):
        other.decrypt(sealed)


def test_tampering_is_detected() -> None:
    ring = Keyring.generate()
    sealed = bytearray(ring.encrypt("secret"))
    sealed[-1] ^= 1
    with pytest.raises(KeyringError, match="integrity"):
        ring.decrypt(bytes(sealed))


def test_the_key_file_is_created_private_and_reused(tmp_path: Path) -> None:
    path = tmp_path / "keys" / "keyring.json"
    first = load_or_create_keyring(path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert load_or_create_keyring(path).keys == first.keys


def test_a_single_base64_key_is_accepted_from_the_environment() -> None:
    ring = Keyring.generate()
    single = Keyring.from_text(
        __import__("base64").urlsafe_b64encode(ring.keys[ring.active]).decode()
    )
    assert single.decrypt(single.encrypt("x")) == "x"


@pytest.mark.parametrize("text", ["not base64!!", "{}", '{"active": "a", "keys": {}}', "c2hvcnQ="])
def test_malformed_keyrings_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(KeyringError):
        Keyring.from_text(text)
