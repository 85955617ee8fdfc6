"""Ledger → Draft, pure and deterministic: `build_draft` (in `draft`) assembles the
report's `sections` carried forward, the progress `appendix`, the `checklist`, with
`years` advanced, the `author` read from last year's sign-off, and sources looked up
through `index`."""

from drafting.build.draft import build_draft

__all__ = ["build_draft"]
