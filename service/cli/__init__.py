"""The `carryforward` command line (`app`), one module per command group."""

from service.cli.app import app

__all__ = ["app"]
