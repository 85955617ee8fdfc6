"""Passwords (scrypt), API tokens (random secrets stored as sha256) and signed
session cookies (itsdangerous)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import secrets

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

SCRYPT_R = 8
SCRYPT_P = 1
TOKEN_PREFIX = "cf_"
COOKIE = "carryforward_session"


def hash_password(password: str, *, cost: int = 2**14) -> str:
    salt = secrets.token_bytes(16)
    key = _scrypt(password, salt, cost)
    return f"scrypt${cost}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(key)}"


def verify_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, key = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt" or int(r) != SCRYPT_R or int(p) != SCRYPT_P:
        return False
    actual = _scrypt(password, _unb64(salt), int(n))
    return hmac.compare_digest(actual, _unb64(key))


def _scrypt(password: str, salt: bytes, cost: int) -> bytes:
    return hashlib.scrypt(
        password.encode(), salt=salt, n=cost, r=SCRYPT_R, p=SCRYPT_P, maxmem=2**27, dklen=32
    )


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def new_token() -> str:
    """A new API token: shown to the user once, stored only as its hash."""
    return TOKEN_PREFIX + secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class Sessions:
    """Signed, timed session cookies carrying the user id and a password fingerprint
    (so changing the password ends every session)."""

    def __init__(self, secret: str, max_age: int) -> None:
        self.serializer = URLSafeTimedSerializer(secret, salt="carryforward-session")
        self.max_age = max_age

    def dump(self, user_id: int, password_hash: str) -> str:
        return self.serializer.dumps([user_id, _fingerprint(password_hash)])

    def load(self, cookie: str) -> tuple[int, str] | None:
        try:
            user_id, fingerprint = self.serializer.loads(cookie, max_age=self.max_age)
        except (BadSignature, SignatureExpired, ValueError, TypeError):
            return None
        return int(user_id), str(fingerprint)

    @staticmethod
    def matches(fingerprint: str, password_hash: str) -> bool:
        return hmac.compare_digest(fingerprint, _fingerprint(password_hash))


def _fingerprint(password_hash: str) -> str:
    return hashlib.sha256(password_hash.encode()).hexdigest()[:16]
