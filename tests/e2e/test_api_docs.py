import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize(("path", "operation"), [
    ("/api/v1/docs/", "/api/v1/accounts/"),
    ("/api/v1/remix/docs", "/api/v1/remix/verify"),
])  # fmt: skip
def test_api_docs_render_under_the_content_security_policy(asgi_server, page, path, operation):
    console_errors: list[str] = []
    page.on(
        "console", lambda message: message.type == "error" and console_errors.append(message.text)
    )

    page.goto(f"{asgi_server.url}{path}")

    expect(page.locator(".opblock").filter(has_text=operation).first).to_be_visible()
    assert console_errors == []
