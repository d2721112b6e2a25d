"""The logged-in account's row is read from the cache under its page version
(``AccountBackend.get_user``), and every change to the account, saved or updated, is read
from the database at the next request."""

import pytest

from apps.accounts.backends import AccountBackend
from apps.accounts.services import remixes_in_comments_set

pytestmark = pytest.mark.django_db


def test_the_account_is_read_once_then_from_the_cache(user_factory, django_assert_num_queries):
    user = user_factory()
    AccountBackend().get_user(user.pk)

    with django_assert_num_queries(0):
        kept = AccountBackend().get_user(user.pk)

    assert kept == user
    assert kept.password == user.password


def test_a_new_password_ends_the_sessions_even_after_the_account_was_kept(client, user_factory):
    user = user_factory()
    client.force_login(user)
    assert f'data-user="{user.username}"' in client.get("/").content.decode()

    user.set_password("an entirely new passphrase")
    user.save(update_fields=["password"])

    assert "data-user=" not in client.get("/").content.decode()


def test_a_deactivated_account_is_refused_at_once(user_factory):
    user = user_factory()
    AccountBackend().get_user(user.pk)

    user.is_active = False
    user.save(update_fields=["is_active"])

    assert AccountBackend().get_user(user.pk) is None


def test_a_change_made_with_update_is_read_at_the_next_request(user_factory):
    user = user_factory()
    AccountBackend().get_user(user.pk)

    remixes_in_comments_set(user=user, value="hidden")

    assert AccountBackend().get_user(user.pk).remixes_in_comments == "hidden"
