"""The errors a user can cause, each naming where it happened."""
from __future__ import annotations

from dataclasses import dataclass


class SiteError(Exception):
    """An error the user can fix; the CLI prints it and exits non-zero."""


@dataclass(frozen=True, order=True)
class SourceError:
    """One problem in one source file: ``content/x.md:3:7: date: not a real date``."""

    path: str
    line: int
    col: int
    field: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}:{self.col}: {self.field}: {self.message}"


class SourceErrors(SiteError):
    """Every problem found in the sources, reported together."""

    def __init__(self, errors: list[SourceError]):
        self.errors = sorted(errors)
        super().__init__("\n".join(str(e) for e in self.errors))
