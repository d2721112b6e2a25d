"""Opaque cursors over (relevance, engagement, id), newest-best first: a page never repeats or
skips a result when new ones arrive."""

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from django.db.models import Model, Q, QuerySet

from apps.core.errors import ApplicationError
from apps.search import errors

M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class ResultPage(Generic[M]):
    items: list[M]
    next_cursor: str | None


def _invalid() -> ApplicationError:
    return ApplicationError(errors.INVALID_CURSOR, code="invalid_cursor")


def _decode(cursor: str) -> tuple[float, float, int]:
    try:
        values = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        score, engagement, pk = values["s"], values["e"], values["id"]
    except (binascii.Error, ValueError, UnicodeDecodeError, TypeError, KeyError) as exc:
        raise _invalid() from exc
    numbers = (score, engagement, pk)
    if not all(isinstance(n, int | float) and not isinstance(n, bool) for n in numbers):
        raise _invalid()
    if not isinstance(pk, int):
        raise _invalid()
    return float(score), float(engagement), pk


def _encode(item: Any) -> str:
    values = {"s": item.score, "e": item.engagement, "id": item.pk}
    return base64.urlsafe_b64encode(json.dumps(values).encode()).decode().rstrip("=")


def page_by_relevance(queryset: QuerySet[M], *, cursor: str | None, limit: int) -> ResultPage[M]:
    """One page of ``queryset``, which annotates ``score`` and ``engagement``."""
    queryset = queryset.order_by("-score", "-engagement", "-pk")
    if cursor:
        score, engagement, pk = _decode(cursor)
        queryset = queryset.filter(
            Q(score__lt=score)
            | Q(score=score, engagement__lt=engagement)
            | Q(score=score, engagement=engagement, pk__lt=pk)
        )
    items = list(queryset[: limit + 1])
    if len(items) <= limit:
        return ResultPage(items=items, next_cursor=None)
    items = items[:limit]
    return ResultPage(items=items, next_cursor=_encode(items[-1]))
