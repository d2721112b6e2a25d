"""Both OpenAPI schemas document refusals the same way: every operation answers any 4xx with
the one error shape, so clients (and the schema tests) can rely on it."""

from typing import Any

HTTP_METHODS = frozenset({"get", "put", "post", "delete", "options", "head", "patch", "trace"})

ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "A refusal: what went wrong in words, a code to branch on, and details.",
    "properties": {
        "message": {"type": "string", "minLength": 1},
        "code": {"type": "string", "minLength": 1},
        "extra": {"type": "object", "additionalProperties": True},
    },
    "required": ["message", "code", "extra"],
}


def errors_document(schema: dict[str, Any]) -> dict[str, Any]:
    """Declare the error shape in ``schema`` (an OpenAPI document) as the body of every 4xx
    answer of every operation; responses an operation declares itself keep their words."""
    schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    body = {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}
    for path_item in schema.get("paths", {}).values():
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue
            responses = operation.setdefault("responses", {})
            responses.setdefault("4XX", {"description": "Refused; see the message and code."})
            for status, response in responses.items():
                if str(status).startswith("4"):
                    response.setdefault("content", body)
    return schema


def spectacular_errors_document(
    result: dict[str, Any], generator: Any, request: Any, public: bool
) -> dict[str, Any]:
    """drf-spectacular's postprocessing hook."""
    return errors_document(result)
