import factory
import pytest

from apps.notifications.models import Notification
from tests.factories import UserFactory


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    recipient = factory.SubFactory(UserFactory)
    kind = "remix.created"
    text = factory.Sequence(lambda n: f"@someone remixed your video #{n}")
    url = "/"


@pytest.fixture
def notification_factory(db):
    return NotificationFactory
