"""Uploaded files, stored content-addressed per board under the data folder:
`blobs/<board>/<sha[:2]>/<sha256>`. Boards never share a stored file; a file goes
when the last document of its board that holds it is removed (`retention`). Writes go to a
temporary file first and are renamed into place, so a file is whole or absent."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class BlobStore:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.tmp = root / "tmp"
        self.tmp.mkdir(parents=True, exist_ok=True)

    def path(self, board_id: int, sha256: str) -> Path:
        if len(sha256) != 64 or not all(c in "0123456789abcdef" for c in sha256):
            raise ValueError("not a sha256 hex digest")
        return self.root / str(int(board_id)) / sha256[:2] / sha256

    def temp_file(self) -> tuple[int, Path]:
        fd, name = tempfile.mkstemp(dir=self.tmp, prefix="upload-")
        return fd, Path(name)

    def adopt(self, board_id: int, sha256: str, temp: Path) -> Path:
        """Move a fully written temporary file into place (idempotent)."""
        target = self.path(board_id, sha256)
        target.parent.mkdir(parents=True, exist_ok=True)
        if target.exists():
            temp.unlink(missing_ok=True)
        else:
            os.replace(temp, target)
        return target

    def read(self, board_id: int, sha256: str) -> bytes:
        return self.path(board_id, sha256).read_bytes()

    def discard(self, board_id: int, sha256: str) -> None:
        """The stored file removed (see `retention`: only once nothing refers to it)."""
        self.path(board_id, sha256).unlink(missing_ok=True)

    def sweep_temp(self) -> None:
        """Remove temporary files left by a process that died mid-upload."""
        for leftover in self.tmp.glob("upload-*"):
            leftover.unlink(missing_ok=True)
