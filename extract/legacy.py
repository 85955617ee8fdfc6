"""Old and open word-processor formats (.doc, .odt, .rtf) converted to .docx by
LibreOffice headless, then read by the Word backend.

LibreOffice runs as a child process with a wall-clock limit and its own throwaway
profile (so conversions may run side by side and nothing of a user's profile is used),
in an empty working folder, with no network and macros never run (headless conversion
does not run document macros). Provenance keeps the original file's name; the
Document says in its warnings that it was converted.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from extract.errors import ConverterMissing, CorruptFile, TooSlow

LEGACY_FORMATS = {
    "doc": "an old Word 97-2003 .doc file",
    "odt": "an OpenDocument text (.odt) file",
    "rtf": "an RTF file",
}
PACKAGE = "libreoffice-writer-nogui"
CONVERT_SECONDS = 60.0


def soffice() -> str | None:
    """The LibreOffice program, from CARRYFORWARD_SOFFICE or the PATH."""
    named = os.environ.get("CARRYFORWARD_SOFFICE")
    if named is not None:
        return named if named and shutil.which(named) else None
    return shutil.which("soffice") or shutil.which("libreoffice")


def to_docx(data: bytes, fmt: str, *, file: str, seconds: float = CONVERT_SECONDS) -> bytes:
    """The .docx LibreOffice makes of `data` (a `fmt` file), or an error naming the
    problem: LibreOffice missing, too slow, or the file not convertible."""
    what = LEGACY_FORMATS[fmt]
    program = soffice()
    if program is None:
        raise ConverterMissing(
            f"this is {what}; reading it needs LibreOffice, which is not installed here "
            f"(on Debian or Ubuntu: apt-get install {PACKAGE}), or save it as .docx first",
            file=file,
        )
    with tempfile.TemporaryDirectory(prefix="carryforward-convert-") as tmp:
        folder = Path(tmp)
        source = folder / f"input.{fmt}"
        source.write_bytes(data)
        command = [
            program,
            f"-env:UserInstallation={(folder / 'profile').as_uri()}",
            "--headless",
            "--norestore",
            "--nologo",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(folder / "out"),
            str(source),
        ]
        try:
            subprocess.run(
                command,
                cwd=folder,
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                timeout=seconds,
                check=False,
                env={**os.environ, "HOME": str(folder)},
            )
        except subprocess.TimeoutExpired as exc:
            raise TooSlow(
                f"this is {what}; converting it with LibreOffice took longer than "
                f"{seconds:.0f} s and was stopped",
                file=file,
            ) from exc
        converted = folder / "out" / "input.docx"
        if not converted.is_file() or converted.stat().st_size == 0:
            raise CorruptFile(
                f"this is {what}, but LibreOffice could not convert it; it may be "
                "damaged: open it in Word or LibreOffice and save it as .docx",
                file=file,
            )
        return converted.read_bytes()
