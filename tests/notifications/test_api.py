from apps.notifications.models import Notification


def test_listing_needs_authentication(api_client):
    response = api_client.get("/api/v1/notifications/")

    assert response.status_code == 401
    assert set(response.json()) == {"message", "code", "extra"}


def test_listing_my_notifications(user_api_client, user, user_factory, notification_factory):
    bo = user_factory()
    mine = notification_factory(recipient=user, actor=bo, text="@bo remixed your video")
    notification_factory(recipient=bo, text="Not for you")

    body = user_api_client.get("/api/v1/notifications/").json()

    assert body["unread"] == 1
    assert body["next_before"] is None
    assert [n["id"] for n in body["results"]] == [mine.pk]
    assert body["results"][0]["actor"]["handle"] == bo.username
    assert body["results"][0]["read_at"] is None
    assert {"kind", "text", "url", "created_at"} <= set(body["results"][0])


def test_listing_pages_with_before(user_api_client, user, notification_factory):
    made = notification_factory.create_batch(31, recipient=user)

    first = user_api_client.get("/api/v1/notifications/").json()
    second = user_api_client.get(f"/api/v1/notifications/?before={first['next_before']}").json()

    assert len(first["results"]) == 30
    assert [n["id"] for n in second["results"]] == [made[0].pk]


def test_a_before_that_is_not_an_id_is_refused(user_api_client):
    response = user_api_client.get("/api/v1/notifications/?before=AAA")

    assert response.status_code == 400
    assert response.json()["extra"]["fields"]["before"]


def test_marking_some_read(user_api_client, user, notification_factory):
    first, _ = notification_factory.create_batch(2, recipient=user)

    response = user_api_client.post(
        "/api/v1/notifications/read/", {"ids": [first.pk]}, format="json"
    )

    assert response.status_code == 200
    assert response.json() == {"unread": 1}


def test_marking_all_read(user_api_client, user, notification_factory):
    notification_factory.create_batch(2, recipient=user)

    response = user_api_client.post("/api/v1/notifications/read/", {}, format="json")

    assert response.json() == {"unread": 0}


def test_marking_someone_elses_read_does_nothing(
    user_api_client, user_factory, notification_factory
):
    theirs = notification_factory(recipient=user_factory())

    response = user_api_client.post(
        "/api/v1/notifications/read/", {"ids": [theirs.pk]}, format="json"
    )

    assert response.json() == {"unread": 0}
    assert Notification.objects.get().is_unread


def test_marking_read_refuses_ids_that_are_not_numbers(user_api_client):
    response = user_api_client.post("/api/v1/notifications/read/", {"ids": ["all"]}, format="json")

    assert response.status_code == 400
    assert set(response.json()) == {"message", "code", "extra"}
