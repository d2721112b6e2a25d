import pytest
from asgiref.sync import async_to_sync
from channels.layers import get_channel_layer
from django.db import transaction

from apps.core.events import event_send_on_commit


@pytest.fixture
def listener():
    """A channel subscribed to the group ``test.events``."""
    layer = get_channel_layer()
    channel = async_to_sync(layer.new_channel)()
    async_to_sync(layer.group_add)("test.events", channel)
    yield lambda: async_to_sync(layer.receive)(channel)
    async_to_sync(layer.group_discard)("test.events", channel)


@pytest.mark.django_db(transaction=True)
def test_event_is_sent_after_the_transaction_commits(listener):
    with transaction.atomic():
        event_send_on_commit("test.events", {"type": "thing.happened", "n": 1})

    assert listener() == {"type": "thing.happened", "n": 1}


@pytest.mark.django_db(transaction=True)
def test_no_event_is_sent_when_the_transaction_rolls_back(listener):
    def send_then_fail():
        with transaction.atomic():
            event_send_on_commit("test.events", {"type": "thing.happened", "n": 2})
            raise RuntimeError("rolled back")

    with pytest.raises(RuntimeError):
        send_then_fail()
    event_send_on_commit("test.events", {"type": "thing.happened", "n": 3})  # autocommit: now

    assert listener() == {"type": "thing.happened", "n": 3}
