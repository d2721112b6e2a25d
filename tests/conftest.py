from pathlib import Path

import pytest
from django.core.cache import cache
from rest_framework.authtoken.models import Token
from rest_framework.test import APIClient

from tests.factories import PASSWORD, FollowFactory, UserFactory

E2E_DIR = Path(__file__).parent / "e2e"


def pytest_collection_modifyitems(items):
    """Browser tests run last: Playwright's event loop stays open in the main thread until the
    session ends, and async-to-sync code (websocket tests) cannot run beside it."""
    for item in items:
        if item.path.is_relative_to(E2E_DIR):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=lambda item: item.path.is_relative_to(E2E_DIR))


@pytest.fixture(autouse=True)
def _isolated(settings, tmp_path):
    """Each test gets its own media folder, an empty cache and a fast password hasher."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def user_factory(db):
    return UserFactory


@pytest.fixture
def follow_factory(db):
    return FollowFactory


@pytest.fixture
def password():
    return PASSWORD


@pytest.fixture
def user(user_factory):
    return user_factory()


@pytest.fixture
def api_client(db):
    return APIClient()


@pytest.fixture
def user_api_client(user):
    """An API client authenticated with the user's token, as a mobile app would be."""
    client = APIClient()
    token, _ = Token.objects.get_or_create(user=user)
    client.credentials(HTTP_AUTHORIZATION=f"Token {token.key}")
    return client
