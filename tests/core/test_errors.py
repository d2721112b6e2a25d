import pytest
from django.test import Client

from apps.core import errors
from tests.factories import api_key_for


def test_unknown_api_address_answers_json_404(client, db):
    response = client.get("/api/v1/does-not-exist/")

    assert response.status_code == 404
    assert response.json() == {"message": errors.NOT_FOUND, "code": "not_found", "extra": {}}


def test_unknown_remix_api_address_answers_json_404(client, db):
    response = client.get("/api/v1/remix/does-not-exist")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_wrong_method_on_the_rest_api_answers_json_405(client, db):
    response = client.put("/api/v1/auth/token/")

    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"


def test_unknown_page_is_a_readable_html_page(client, db, settings):
    settings.DEBUG = False

    response = client.get("/no/such/page")

    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
    assert b"Page not found" in response.content


def test_remix_api_schema_and_docs_are_published(client, db):
    assert client.get("/api/v1/remix/openapi.json").status_code == 200
    assert client.get("/api/v1/remix/docs").status_code == 200


@pytest.mark.parametrize("url", ["/api/v1/schema/?format=json", "/api/v1/remix/openapi.json"])
def test_both_schemas_declare_the_error_shape_for_every_refusal(client, db, url):
    schema = client.get(url).json()
    refusal = {"$ref": "#/components/schemas/Error"}

    assert schema["components"]["schemas"]["Error"]["required"] == ["message", "code", "extra"]
    for path, item in schema["paths"].items():
        for method, operation in item.items():
            body = operation["responses"]["4XX"]["content"]["application/json"]["schema"]
            assert body == refusal, f"{method} {path}"


ninja = pytest.mark.urls("tests.core.ninja_urls")


@ninja
def test_ninja_accepts_the_rest_api_token(client, user):
    key = api_key_for(user)

    response = client.post(
        "/api/test/echo",
        {"count": 2},
        content_type="application/json",
        headers={"Authorization": f"Token {key}"},
    )

    assert response.status_code == 200
    assert response.json() == {"user": user.username, "count": 2}


@ninja
def test_ninja_without_credentials_answers_401_in_the_error_shape(client, db):
    response = client.post("/api/test/echo", {"count": 2}, content_type="application/json")

    assert response.status_code == 401
    assert response.json() == {
        "message": errors.NOT_AUTHENTICATED,
        "code": "not_authenticated",
        "extra": {},
    }


@ninja
def test_ninja_accepts_the_session(client, user):
    client.force_login(user)

    response = client.post("/api/test/echo", {"count": 3}, content_type="application/json")

    assert response.status_code == 200


@ninja
def test_ninja_session_writes_need_csrf(user):
    client = Client(enforce_csrf_checks=True)
    client.force_login(user)

    response = client.post("/api/test/echo", {"count": 1}, content_type="application/json")

    assert response.status_code == 403
    assert response.json()["code"] == "csrf_failed"


@ninja
def test_ninja_validation_errors_use_the_error_shape(client, user):
    client.force_login(user)

    response = client.post("/api/test/echo", {"count": "many"}, content_type="application/json")

    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "invalid"
    assert "count" in body["extra"]["fields"]


@ninja
def test_ninja_renders_application_errors_with_their_status(client, user):
    client.force_login(user)

    response = client.get("/api/test/refuse")

    assert response.status_code == 403
    assert response.json() == {"message": "No.", "code": "refused", "extra": {"why": "test"}}


@ninja
def test_ninja_rate_limit_errors_carry_retry_after(client, user):
    client.force_login(user)

    response = client.get("/api/test/limited")

    assert response.status_code == 429
    assert response["Retry-After"] == "7"


@ninja
def test_ninja_wrong_method_answers_json_405(client, user):
    client.force_login(user)

    response = client.delete("/api/test/echo")

    assert response.status_code == 405
    assert response.json()["code"] == "method_not_allowed"
