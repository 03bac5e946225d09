"""Errors a counter officer reads: each carries a code and renders in Indonesian or English."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from desktop.domain.messages import render


class DomainError(Exception):
    """A rule of the counter was broken. ``str()`` gives the Indonesian sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        self.code = code
        self.params = params
        super().__init__(self.message("id"))

    def message(self, lang: str = "id") -> str:
        return render(self.code, lang, **self.params)


class TransitionError(DomainError):
    """An action that the workflow does not allow from the case's status."""


class PermissionDenied(DomainError):
    """The signed-in role may not take this action."""


class NotFound(DomainError):
    """A record the caller named does not exist."""


class DataUnusable(DomainError):
    """The database cannot be used as it is: written by a newer version, damaged, or on a full
    disk. The message says what happened and what to do next; nothing was written."""


@dataclass(frozen=True)
class FieldError:
    """One wrong field of a form, with the sentence shown next to it."""

    field: str
    code: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str = "id") -> str:
        return render(self.code, lang, **self.params)


class ValidationFailed(DomainError):
    """One or more fields are wrong; nothing was written."""

    def __init__(self, errors: Iterable[FieldError]) -> None:
        self.errors = list(errors)
        super().__init__("validation.failed", count=len(self.errors))

    def message(self, lang: str = "id") -> str:
        lines = [f"{render('field.' + e.field, lang)}: {e.message(lang)}" for e in self.errors]
        return "; ".join(lines)

    def by_field(self) -> dict[str, FieldError]:
        return {e.field: e for e in self.errors}


def collect(*checks: FieldError | None) -> None:
    """Raise ValidationFailed for every check that failed, or return quietly."""
    errors = [c for c in checks if c is not None]
    if errors:
        raise ValidationFailed(errors)
