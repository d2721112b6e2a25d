"""Both OpenAPI schemas, fuzzed in-process against the real WSGI app (no server, no network):
no request may get a 5xx, every documented response must match its schema, a request that
breaks the schema must be refused, and every refusal must be a 4xx in the shared error shape.

Each generated case is sent as one of four callers in turn (anonymous, the follower who
remixes, the creator who owns the video, a stranger its settings refuse; every operation meets
all four, or the test fails), and most of the ids and files it carries are replaced with real
ones, so requests get past "not found" into the services. Every case runs in a savepoint that
is rolled back and starts with empty rate-limit counters: state-changing operations (deletes,
blocks, remixes, privacy changes) all run, and every case meets the same world."""

import itertools
from collections import defaultdict
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.core.cache import cache
from django.db import transaction
from hypothesis import HealthCheck, settings
from schemathesis import GenerationMode
from schemathesis.checks import not_a_server_error
from schemathesis.core.parameters import ParameterLocation
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    negative_data_rejection,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from tests.api.conftest import World

rest = schemathesis.pytest.from_fixture("rest_schema")
ninja = schemathesis.pytest.from_fixture("ninja_schema")

# Small and fixed, so that CI runs the same cases every time and the folder stays in minutes.
# (The coverage phase adds the schema's boundary and negative cases to these.)
FUZZ = settings(
    max_examples=3,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

POSITIVE = GenerationMode.POSITIVE
CALLERS = ("anonymous", "member", "creator", "stranger")

# Which real rows a path parameter or a body field of that name may be pointed at.
PATH_ROWS = {
    "handle": "handles",
    "video_id": "video_ids",
    "comment_id": "comment_ids",
    "job_id": "job_ids",
}
BODY_ROWS = {"video_id": "video_ids", "parent": "comment_ids"}
# Which real file an upload field gets: the credentials check a published remix, the upload a
# PyAV-made video.
BODY_FILES = {"image": "remix_image", "file": "video_file"}

# Both schemas declare the error shape for every 4xx (apps/core/api/schema.py), so the schema
# checks hold refusals to it too.
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    response_schema_conformance,
    content_type_conformance,
    response_headers_conformance,
    negative_data_rejection,
]


class Dealer:
    """Deals out the cases of one test: the caller whose turn it is, and the real rows and files
    their valid ids and uploads are replaced with, four times in five. Deterministic, like the
    cases themselves."""

    def __init__(self, world: World) -> None:
        self.world = world
        self.turns = itertools.count()
        self.callers_of: dict[str, set[str]] = defaultdict(set)

    def send(self, case: Any) -> None:
        turn = next(self.turns)
        caller = CALLERS[turn % len(CALLERS)]
        aim = turn % 5 != 4
        row = turn // len(CALLERS)  # so that each caller meets each row
        if aim and _generated(case, ParameterLocation.PATH, POSITIVE):
            for name in case.path_parameters.keys() & PATH_ROWS.keys():
                rows = getattr(self.world, PATH_ROWS[name])
                case.path_parameters[name] = rows[row % len(rows)]
        body = case.body
        if aim and isinstance(body, dict) and _generated(case, ParameterLocation.BODY, POSITIVE):
            for name in body.keys() & BODY_ROWS.keys():
                rows = getattr(self.world, BODY_ROWS[name])
                body[name] = rows[row % len(rows)]
            for name in body.keys() & BODY_FILES.keys():
                body[name] = getattr(self.world, BODY_FILES[name])
        token = self.world.tokens.get(caller)
        self.callers_of[case.operation.label].add(caller)
        cache.clear()
        with transaction.atomic():
            case.call_and_validate(
                headers={"Authorization": f"Token {token}"} if token else {}, checks=CHECKS
            )
            transaction.set_rollback(True)


@pytest.fixture
def dealer(world) -> Iterator[Dealer]:
    dealer = Dealer(world)
    yield dealer
    everyone = set(CALLERS)
    left_out = {op: everyone - met for op, met in dealer.callers_of.items() if met != everyone}
    assert not left_out, f"operations not tried by every caller: {left_out}"


def _generated(case: Any, location: ParameterLocation, mode: GenerationMode) -> bool:
    """Whether ``case`` has this part, generated in ``mode``. (A negative value stays as
    generated: it is there to be refused.)"""
    component = case.meta.components.get(location) if case.meta else None
    return component is not None and component.mode == mode


@rest.parametrize()
@FUZZ
def test_rest_api_conforms_to_its_schema(case, dealer):
    dealer.send(case)


@ninja.parametrize()
@FUZZ
def test_remix_api_conforms_to_its_schema(case, dealer):
    dealer.send(case)
