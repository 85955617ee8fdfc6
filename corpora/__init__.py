"""Invented safeguarding-board documents with ground truth (see corpora/README.md).

Never imported by product code; rebuilt with `make corpora` (`python -m corpora.generate`).
"""
