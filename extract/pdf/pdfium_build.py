"""The compiled loop of `pdfium_loop` (`pdfium_loop.c`), built on first use.

gcc compiles it once per source and machine into a cache folder inside the venv
(`<venv>/var/carryforward/`, else `~/.cache/carryforward/`), under a lock, written
to a temporary name and renamed into place, so readers started at once build it
once and never load half a file. Nothing is downloaded, and the loop links nothing:
pdfium's functions are handed to it as addresses. Without a compiler (or when the
build fails, or CARRYFORWARD_PDFIUM_LOOP=ctypes) `library()` gives None and pages
are read through ctypes (`pdfium_chars`, `pdfium_words`): the same words, slower.
"""

from __future__ import annotations

import ctypes
import fcntl
import hashlib
import logging
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from functools import cache
from pathlib import Path

ENV = "CARRYFORWARD_PDFIUM_LOOP"
LOOPS = ("compiled", "ctypes")
SOURCE = Path(__file__).with_name("pdfium_loop.c")
FLAGS = ("-O2", "-shared", "-fPIC", "-ffp-contract=off", "-fno-fast-math")
"""No fused multiply-add and no reordering: the loop's arithmetic must round as Python's."""
COMPILE_SECONDS = 60

log = logging.getLogger(__name__)


def wanted() -> bool:
    """Whether the compiled loop is asked for (the default) rather than ctypes."""
    value = os.environ.get(ENV, "compiled").strip().lower()
    if value not in LOOPS:
        from extract.errors import BadSetting

        raise BadSetting(f"unknown {ENV} {value!r}; choose one of: {', '.join(LOOPS)}")
    return value == "compiled"


def library() -> ctypes.CDLL | None:
    """The compiled loop, or None (read through ctypes instead)."""
    return _load() if wanted() else None


@cache
def _load() -> ctypes.CDLL | None:
    compiler = os.environ.get("CC") or shutil.which("gcc") or shutil.which("cc")
    if not compiler:
        log.info("no C compiler: pdfium pages are read through ctypes")
        return None
    for folder in _folders():
        try:
            return load(build(folder, compiler))
        except (OSError, subprocess.SubprocessError) as e:
            log.warning("the compiled pdfium loop could not be built in %s: %s", folder, e)
    return None


def _folders() -> list[Path]:
    folders = [Path(sys.prefix) / "var" / "carryforward"] if sys.prefix != sys.base_prefix else []
    return [*folders, Path.home() / ".cache" / "carryforward"]


def build(folder: Path, compiler: str) -> Path:
    """The loop compiled into `folder` (named by its source, flags and machine),
    unless it is there already."""
    key = hashlib.sha256(
        b"\0".join([SOURCE.read_bytes(), " ".join(FLAGS).encode(), platform.machine().encode()])
    ).hexdigest()[:16]
    target = folder / f"pdfium_loop-{key}.so"
    if target.exists():
        return target
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if target.exists():  # another process built it while this one waited
            return target
        fd, partial = tempfile.mkstemp(dir=folder, prefix=".build-", suffix=".so")
        os.close(fd)
        try:
            subprocess.run(
                [compiler, *FLAGS, "-o", partial, str(SOURCE), "-lm"],
                check=True,
                capture_output=True,
                timeout=COMPILE_SECONDS,
            )
            os.replace(partial, target)
        finally:
            if os.path.exists(partial):
                os.unlink(partial)
    return target


def load(path: Path) -> ctypes.CDLL:
    return _declare(ctypes.CDLL(str(path)))


def _declare(lib: ctypes.CDLL) -> ctypes.CDLL:
    p, i = ctypes.c_void_p, ctypes.c_int
    lib.cf_isspace.argtypes = [ctypes.c_int32]
    lib.cf_isspace.restype = i
    lib.cf_walk.argtypes = [p, p, p, i, p, p, p, p, i]
    lib.cf_walk.restype = i
    lib.cf_words.argtypes = [p, p, p, ctypes.c_double, p, i, *[p] * 19]
    lib.cf_words.restype = i
    lib.cf_runs.argtypes = [p, p, p, p, p, p, p, i, p, p]
    lib.cf_runs.restype = None
    return lib


if __name__ == "__main__":  # `python -m extract.pdf.pdfium_build`: build it now
    built = library()
    print(f"compiled pdfium loop: {built._name if built else 'none (pages read through ctypes)'}")
