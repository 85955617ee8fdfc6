"""`make bench` (ledger): 5 years × 500 actions a year linked by `build_ledger`, timed
against a plain rapidfuzz `cdist` over the same strings in the same run.

The board is synthesised with a fixed seed: each year's plan keeps, rewords, splits,
merges and drops last year's actions and adds new ones; each year's report has a
progress row per action, restating it (sometimes shortened) with other numbers. The
truth of the synthesis is known, so link quality is reported alongside the time.
"""

from __future__ import annotations

import hashlib
import itertools
import random
import time
from typing import Any

from rapidfuzz import fuzz
from rapidfuzz.process import cdist

from extract.model import Source
from nlp.findings.model import Action, DocumentInfo, Findings, Progress
from nlp.ledger import build_ledger
from tests.eval.links import score_links

YEARS = 5
PER_YEAR = 500
SEED = 20240611

VERBS = (
    "Review",
    "Develop",
    "Deliver",
    "Evaluate",
    "Audit",
    "Strengthen",
    "Publish",
    "Implement",
    "Agree",
    "Monitor",
    "Embed",
    "Launch",
    "Refresh",
    "Test",
    "Improve",
)
TOPICS = (
    "neglect strategy",
    "exploitation protocol",
    "missing children procedure",
    "early help offer",
    "threshold guidance",
    "training programme",
    "audit programme",
    "learning briefings",
    "escalation policy",
    "information sharing agreement",
    "domestic abuse pathway",
    "mental health pathway",
    "transition protocol",
    "private fostering campaign",
    "online safety guidance",
    "bruising protocol",
    "safer sleep campaign",
    "child death reviews",
    "case review process",
    "performance dataset",
    "voice of the child framework",
    "supervision standards",
    "allegations process",
    "disabled children pathway",
    "gangs response",
    "radicalisation referrals",
    "female genital mutilation guidance",
    "housing protocol",
    "school exclusions review",
    "youth justice partnership",
    "substance misuse pathway",
    "forced marriage guidance",
    "trafficking response",
    "sexual abuse pathway",
    "elective home education checks",
    "faith settings standards",
    "sports clubs standards",
    "hospital discharge protocol",
    "missing education process",
    "care leavers offer",
)
PLACES = (
    "in schools",
    "in health settings",
    "across the police",
    "in children's social care",
    "in the voluntary sector",
    "in early years settings",
    "in general practice",
    "in housing services",
    "in youth services",
    "in adult services",
    "in colleges",
    "in the north district",
    "in the south district",
    "in the east district",
    "in the west district",
    "in the city centre",
)
AIMS = (
    "to reduce repeat referrals",
    "to improve the quality of plans",
    "so that children are seen and heard",
    "to speed up decisions",
    "with partners",
    "and report to the Executive Board",
    "to close the gaps found by audit",
    "using feedback from families",
    "with a clear action plan",
    "by the end of the year",
)


def _sentence(rng: random.Random, used: set[str]) -> str:
    while True:
        text = (
            f"{rng.choice(VERBS)} the {rng.choice(TOPICS)} {rng.choice(PLACES)} {rng.choice(AIMS)}."
        )
        if text not in used:
            used.add(text)
            return text


def _reword(rng: random.Random, text: str) -> str:
    words = text.rstrip(".").split()
    swaps = {
        "Review": "Re-examine",
        "Develop": "Design",
        "Deliver": "Provide",
        "Evaluate": "Assess",
        "Audit": "Check",
        "Strengthen": "Reinforce",
    }
    words[0] = swaps.get(words[0], words[0])
    if rng.random() < 0.5:
        words.insert(rng.randrange(1, len(words)), rng.choice(("jointly", "fully", "further")))
    return " ".join(words) + ", with partner agencies."


def _next_plan(rng: random.Random, prev: list[str], used: set[str]):
    """(new texts, truth lineage as (old index, new index, kind))."""
    texts: list[str] = []
    links: list[tuple[int, int, str]] = []
    order = list(range(len(prev)))
    rng.shuffle(order)
    i = 0
    while i < len(order) and len(texts) < PER_YEAR * 0.85:
        k = order[i]
        roll = rng.random()
        if roll < 0.55:
            links.append((k, len(texts), "same"))
            texts.append(prev[k])
        elif roll < 0.75:
            links.append((k, len(texts), "reworded"))
            texts.append(_reword(rng, prev[k]))
        elif roll < 0.80:
            body = prev[k].rstrip(".")
            for part in (f"{body}: phase one, scoping.", f"{body}: phase two, roll-out."):
                links.append((k, len(texts), "split"))
                texts.append(part)
        elif roll < 0.85 and i + 1 < len(order):
            k2 = order[i + 1]
            i += 1
            merged = f"{prev[k].rstrip('.')} and {prev[k2][0].lower()}{prev[k2][1:]}"
            links += [(k, len(texts), "merged"), (k2, len(texts), "merged")]
            texts.append(merged)
        i += 1
    while len(texts) < PER_YEAR:
        texts.append(_sentence(rng, used))
    return texts, links


def synthesise() -> tuple[list[Findings], set[tuple[str, str, str]], list[list[str]]]:
    rng = random.Random(SEED)
    used: set[str] = set()
    plans = [[_sentence(rng, used) for _ in range(PER_YEAR)]]
    truth: set[tuple[str, str, str]] = set()
    for y in range(1, YEARS):
        texts, links = _next_plan(rng, plans[-1], used)
        plans.append(texts)
        truth |= {(f"y{y - 1}/a{a}", f"y{y}/a{b}", kind) for a, b, kind in links}
    findings: list[Findings] = []
    for y, texts in enumerate(plans):
        year = 2018 + y
        findings.append(_plan(y, year, texts))
        findings.append(_report(rng, y, year, texts))
        truth |= {(f"y{y}/a{k}", f"y{y}/p{k}", "reported_by") for k in range(len(texts))}
    return findings, truth, plans


def _info(name: str, kind: str, period: str, actions_period: str | None) -> DocumentInfo:
    sha = hashlib.sha256(name.encode()).hexdigest()
    return DocumentInfo(name, sha, "pdf", 1, name, "Benchshire", kind, period, actions_period)  # type: ignore[arg-type]


def _plan(y: int, year: int, texts: list[str]) -> Findings:
    info = _info(
        f"plan_{year}.pdf", "business_plan", f"{year}-{year + 3}", f"{year}/{(year + 1) % 100:02d}"
    )
    src = Source(info.file, info.sha256)
    per = PER_YEAR // 5
    actions = tuple(
        Action(f"y{y}/a{k}", str(k // per + 1), f"{k // per + 1}.{k % per + 1}", t, (), None, src)
        for k, t in enumerate(texts)
    )
    return Findings(info, actions=actions)


def _report(rng: random.Random, y: int, year: int, texts: list[str]) -> Findings:
    info = _info(f"report_{year}.pdf", "annual_report", f"{year}/{(year + 1) % 100:02d}", None)
    src = Source(info.file, info.sha256)
    rows = []
    order = list(range(len(texts)))
    rng.shuffle(order)
    for n, k in enumerate(sorted(order[: len(order)]), start=1):
        words = texts[k].rstrip(".").split()
        restated = " ".join(words[: max(6, len(words) - rng.randrange(0, 5))])
        status = rng.choice(("complete", "in_progress", "delayed", "planned"))
        rows.append(
            Progress(
                f"y{y}/p{k}",
                n,
                restated,
                f"Update {n}: work is {status}.",
                status,
                None,
                src,
                number=str(n),
            )
        )
    return Findings(info, progress=tuple(rows))


def run() -> dict[str, Any]:
    findings, truth, plans = synthesise()
    t0, c0 = time.perf_counter(), time.process_time()
    ledger = build_ledger(findings)
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    t0, c0 = time.perf_counter(), time.process_time()
    for a, b in itertools.pairwise(plans):
        cdist(a, b, scorer=fuzz.token_sort_ratio, workers=-1)
    for f_plan, f_report in zip(findings[::2], findings[1::2], strict=True):
        cdist(
            [p.action for p in f_report.progress],
            [a.text for a in f_plan.actions],
            scorer=fuzz.token_sort_ratio,
            workers=-1,
        )
    base, base_cpu = time.perf_counter() - t0, time.process_time() - c0
    pred = {(lk.from_id, lk.to_id, lk.kind) for lk in ledger.links if lk.kind != "evidence"}
    quality = score_links(pred, truth)
    result = {
        "years": YEARS,
        "actions_per_year": PER_YEAR,
        "build_ledger_s": round(ours, 3),
        "cdist_s": round(base, 4),
        "ratio": round(ours / base, 2) if base else None,
        "build_ledger_cpu_s": round(ours_cpu, 3),
        "cdist_cpu_s": round(base_cpu, 3),
        "cpu_ratio": round(ours_cpu / base_cpu, 2) if base_cpu else None,
        "f1": {k: quality[k]["f1"] for k in ("reported_by", "lineage", "lineage_kind")},
    }
    print(
        f"build_ledger: {ours:.2f} s ({ours_cpu:.2f} s CPU)   plain cdist: {base:.2f} s"
        f" ({base_cpu:.2f} s CPU)   ratio {result['ratio']}x wall, {result['cpu_ratio']}x CPU"
    )
    print(f"synthetic link F1: {result['f1']}")
    return result


if __name__ == "__main__":
    run()
