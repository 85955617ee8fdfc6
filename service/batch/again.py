"""Reading a document again with its twin's corrections (its PDF or Word copy in the
same board), once every document of its board is in: `Again`."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from nlp.corrections import corrections_from_json, corrections_to_json
from nlp.corrections.apply import twins_of, with_fingerprints
from nlp.findings.model import Findings
from service.batch.cache import Cache
from service.batch.jobs import BatchOptions, DocJob, cache_name, write_findings
from service.reader.codec import decode_findings


@dataclass
class Again:
    """What reading a document again with its twin's corrections needs."""

    cache: Cache
    options: BatchOptions
    queue: deque[DocJob]
    out: Path

    def fill_fingerprints(self, read: Iterable[Findings]) -> BatchOptions:
        """A correction written by hand names its item by id alone: its fingerprint,
        taken from its own document, lets the twin find it (`with_fingerprints`)."""
        given = corrections_from_json(self.options.corrections)
        filled = corrections_to_json(with_fingerprints(given, read))
        return replace(self.options, corrections=tuple(filled))

    def twins_corrected(self, board_jobs: list[DocJob]) -> bool:
        """Each document of the board whose twin was corrected is read again with those
        corrections (from the cache when it was before); True when any is waiting."""
        if not self.options.corrections:
            return False
        read = [j for j in board_jobs if j.result and j.result["status"] == "ok"]
        findings = {j.sha256: decode_findings(j.result["findings"]) for j in read if j.result}
        filled = self.fill_fingerprints(findings.values())
        waiting = False
        for job in read:
            if job.twins:
                continue
            twins = tuple(twins_of(findings[job.sha256], findings.values()))
            if not self.options.corrections_for(None, *twins):
                continue
            job.twins, job.with_twins = twins, filled.corrections_for(job.sha256, *twins)
            name = cache_name(job.file, job.corrections(self.options))
            cached = self.cache.get(job.sha256, name)
            job.first = job.result
            if cached is not None:
                job.settle(cached)
                job.cached = True
                write_findings(job, self.out)
            else:
                job.result, job.cached = None, False
                self.queue.appendleft(job)
                waiting = True
        return waiting
