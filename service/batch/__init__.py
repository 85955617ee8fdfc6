"""`carryforward batch`: many boards' documents read in parallel (a local process pool
or an existing Dask cluster), each board's ledger and draft, and a regional summary.

Modules: `tasks` (pure task functions, JSON-able results; a document is read by
`service.reader`, in a forked child with a wall clock and a memory cap), `executors`
(one thin interface over `concurrent.futures.ProcessPoolExecutor` and
`distributed.Client`), `cache` (results on disk by content hash and
`PIPELINE_VERSION`), `summary`/`themes` (region tables), `tables_out` (CSV/XLSX,
formula-injection safe), `report_html` (the summary page) and `run` (orchestration and
progress).
"""

from __future__ import annotations

from service.batch.version import PIPELINE_VERSION

__all__ = ["PIPELINE_VERSION"]
