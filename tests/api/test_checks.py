"""The checks that the schema tests run do fail when the API breaks its promises: a response
or a refusal that is not what the schema documents, and a server error."""

import pytest
from schemathesis.core.failures import FailureGroup

from apps.accounts.api import views as account_views
from tests.api.test_schemathesis import CHECKS
from tests.factories import api_key_for

ME = "/api/v1/accounts/me/"


@pytest.fixture
def headers(user):
    return {"Authorization": f"Token {api_key_for(user)}"}


def test_a_response_unlike_its_schema_fails_the_checks(rest_schema, headers):
    # The schema promises a field that the API never sends.
    me = rest_schema.raw_schema["components"]["schemas"]["MeOutput"]
    me["required"] = [*me.get("required", []), "shoe_size"]
    case = rest_schema[ME]["GET"].Case()
    response = case.call(headers=headers)

    assert response.status_code == 200
    with pytest.raises(FailureGroup, match="shoe_size"):
        case.validate_response(response, checks=CHECKS)


def test_a_refusal_unlike_the_error_shape_fails_the_checks(rest_schema):
    # The documented error shape gains a field that refusals do not have.
    error = rest_schema.raw_schema["components"]["schemas"]["Error"]
    error["required"] = [*error["required"], "hint"]
    case = rest_schema[ME]["GET"].Case()
    response = case.call()  # anonymous

    assert response.status_code == 401
    with pytest.raises(FailureGroup, match="hint"):
        case.validate_response(response, checks=CHECKS)


def test_a_server_error_fails_the_checks(rest_schema, headers, monkeypatch):
    def broken(**kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(account_views.selectors, "user_get_me", broken)
    case = rest_schema[ME]["GET"].Case()
    response = case.call(headers=headers)

    assert response.status_code == 500
    with pytest.raises(FailureGroup, match="Server error"):
        case.validate_response(response, checks=CHECKS)
