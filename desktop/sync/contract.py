"""The central server's answers checked against the contract (resources/api/openapi.yaml) before
the desk acts on any of them: an answer of the wrong shape is refused whole, the way a captive
portal's page or garbage is, rather than half-read until a KeyError.

openapi-schema-validator is jsonschema with OpenAPI 3.0's own keywords (``nullable``); formats
are left as annotations, as JSON Schema does by default (the desk parses the dates it uses and
refuses what it cannot read)."""

from __future__ import annotations

import functools
from typing import Any

from desktop.paths import RESOURCES

CONTRACT = RESOURCES / "api" / "openapi.yaml"


class OffContract(ValueError):
    """An answer the contract does not allow; ``str()`` says where, for the log."""


@functools.cache
def _operations() -> dict[str, dict[str, Any]]:
    """operationId → {status: the JSON schema of its answer}, each with the contract's own
    components beside it so that its ``$ref``s resolve."""
    import yaml

    spec = yaml.safe_load(CONTRACT.read_text(encoding="utf-8"))
    found: dict[str, dict[str, Any]] = {}
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, dict) or "operationId" not in operation:
                continue
            found[operation["operationId"]] = {
                status: {
                    **answer["content"]["application/json"]["schema"],
                    "components": spec["components"],
                }
                for status, answer in operation["responses"].items()
                if "application/json" in answer.get("content", {})
            }
    return found


@functools.cache
def _validator(operation: str, status: int):
    from openapi_schema_validator import OAS30ReadValidator

    schema = _operations()[operation].get(str(status))
    return None if schema is None else OAS30ReadValidator(schema)


def answers(operation: str, status: int) -> bool:
    """Whether the contract gives ``operation`` an answer of this status with a body."""
    return _validator(operation, status) is not None


def check(operation: str, status: int, body: Any) -> Any:
    """``body`` when it is what the contract says ``operation`` answers with ``status``."""
    validator = _validator(operation, status)
    if validator is None:
        raise OffContract(f"{operation} has no answer {status} in the contract")
    error = next(iter(validator.iter_errors(body)), None)
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "the answer"
        raise OffContract(f"{operation} {status}: {where}: {error.message[:200]}")
    return body
