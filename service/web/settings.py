"""Typed settings for the service, read from `CARRYFORWARD_*` environment variables.

Nothing here is built at import time: `load_settings()` is called by the CLI (or a
test) and the result handed to `create_app(settings)`.
"""

from __future__ import annotations

import os
import re
import secrets
from pathlib import Path

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from service.reader.limits import DEFAULT_MEMORY_MB, DEFAULT_SECONDS

MB = 1024 * 1024
SCHEDULER = re.compile(r"tcp://(?:[A-Za-z0-9_.-]+|\[[0-9A-Fa-f:.]+\]):(\d{1,5})")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="CARRYFORWARD_", extra="ignore")

    data_dir: Path = Path("data")
    """Where the SQLite file and the uploaded files live."""
    database_url: str | None = None
    """Any SQLAlchemy URL; default: SQLite in `data_dir` (WAL mode)."""
    secret_key: SecretStr | None = None
    """Signs session cookies; default: a random key kept in `data_dir/secret_key`."""
    max_file_mb: float = Field(50, gt=0, le=1024)
    """Largest file accepted per upload, enforced while the body streams in."""
    max_files_per_upload: int = Field(20, ge=1, le=200)
    job_timeout_s: float = Field(DEFAULT_SECONDS, gt=0)
    """Wall-clock limit for reading one file (and for a page render or a compare)."""
    job_memory_mb: int = Field(DEFAULT_MEMORY_MB, ge=256)
    """Address space (MB) reading one file may add to the warmed reader process."""
    worker: bool = True
    """Run the job worker inside the service (off for read-only replicas)."""
    worker_poll_s: float = Field(0.5, gt=0)
    readers: int = Field(default_factory=lambda: os.cpu_count() or 1, ge=1, le=64)
    """Reader processes reading uploads at once (default: the number of cores); boards
    take turns, so one board's queue never starves another's."""
    scheduler: str | None = None
    """A Dask scheduler (`tcp://host:port`): the worker reads documents on that cluster,
    under the same limits, instead of in the local reader process."""
    kdf_cost: int = Field(2**14, ge=2**10)
    """scrypt N for password hashes."""
    session_max_age_s: int = Field(14 * 24 * 3600, ge=60)
    secure_cookies: bool = False
    host: str = "127.0.0.1"
    port: int = Field(8000, ge=1, le=65535)

    @field_validator("kdf_cost")
    @classmethod
    def _power_of_two(cls, value: int) -> int:
        if value & (value - 1):
            raise ValueError("kdf_cost must be a power of two (scrypt N)")
        return value

    @field_validator("scheduler", mode="before")
    @classmethod
    def _scheduler_address(cls, value: object) -> object:
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, str):
            match = SCHEDULER.fullmatch(value.strip())
            if match and 1 <= int(match.group(1)) <= 65535:
                return value.strip()
        raise ValueError(f"scheduler must be a Dask address tcp://host:port, not {value!r}")

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * MB)

    @property
    def url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'carryforward.db').resolve()}"

    def secret(self) -> str:
        """The signing key: configured, else created once in the data folder."""
        if self.secret_key is not None:
            return self.secret_key.get_secret_value()
        path = self.data_dir / "secret_key"
        if not path.exists():
            self.data_dir.mkdir(parents=True, exist_ok=True)
            path.touch(mode=0o600)
            path.write_text(secrets.token_urlsafe(48))
        return path.read_text().strip()


def load_settings(**overrides: object) -> Settings:
    """Settings from the environment (and overrides), validated now."""
    return Settings(**overrides)  # type: ignore[arg-type]
