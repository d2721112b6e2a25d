import pytest

from apps.privacy import services
from apps.privacy.models import AccountPrivacy, RemixKind, VideoPrivacy
from apps.privacy.signals import video_privacy_changed
from apps.videos import services as video_services


@pytest.fixture
def announced():
    """The video ids that ``video_privacy_changed`` announced, in order."""
    received: list[list[int]] = []

    def receiver(sender, video_ids, **kwargs):
        received.append(video_ids)

    video_privacy_changed.connect(receiver)
    yield received
    video_privacy_changed.disconnect(receiver)


def test_a_new_video_copies_its_owners_defaults(user, upload_of):
    services.account_privacy_update(user=user, visibility="followers", remix_audience="friends")

    video = video_services.video_upload(owner=user, upload=upload_of("mp4"))

    assert video.privacy.visibility == "followers"
    assert video.privacy.remix_audience == "friends"


def test_account_defaults_come_from_the_setting(user, settings):
    settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE = "no_one"

    defaults = services.account_privacy_update(user=user)

    assert defaults.remix_audience == "no_one"


def test_owner_reads_and_changes_a_videos_privacy(
    api_client, video_factory, announced, django_capture_on_commit_callbacks
):
    video = video_factory()
    api_client.force_authenticate(video.owner)

    with django_capture_on_commit_callbacks(execute=True):
        response = api_client.patch(
            f"/api/v1/videos/{video.pk}/privacy/",
            {"remix_audience": "no_one", "remix_requires_approval": True},
            format="json",
        )

    assert response.status_code == 200
    assert response.json()["remix_audience"] == "no_one"
    assert "AI remixes are off." in response.json()["summary"]
    assert announced == [[video.pk]]


def test_a_change_that_changes_nothing_announces_nothing(
    api_client, video_factory, announced, django_capture_on_commit_callbacks
):
    video = video_factory()
    api_client.force_authenticate(video.owner)

    with django_capture_on_commit_callbacks(execute=True):
        api_client.patch(
            f"/api/v1/videos/{video.pk}/privacy/", {"visibility": "public"}, format="json"
        )

    assert announced == []


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"visibility": "friends"}, "visibility"),
        ({"remix_audience": "all"}, "remix_audience"),
        ({"comment_audience": "nobody"}, "comment_audience"),
    ],
)
def test_invalid_values_answer_400_with_the_allowed_ones(api_client, video_factory, payload, field):
    video = video_factory()
    api_client.force_authenticate(video.owner)

    response = api_client.patch(f"/api/v1/videos/{video.pk}/privacy/", payload, format="json")

    assert response.status_code == 400
    body = response.json()
    assert field in body["extra"]["fields"]
    assert body["extra"]["allowed"][field]
    video.privacy.refresh_from_db()
    assert video.privacy.visibility == "public"


def test_others_get_403_if_they_can_view_and_404_if_not(api_client, video_factory, user_factory):
    public, private = video_factory(), video_factory(privacy__visibility="private")
    api_client.force_authenticate(user_factory())

    assert api_client.get(f"/api/v1/videos/{public.pk}/privacy/").status_code == 403
    assert (
        api_client.patch(
            f"/api/v1/videos/{public.pk}/privacy/", {"visibility": "private"}, format="json"
        ).status_code
        == 403
    )
    assert api_client.get(f"/api/v1/videos/{private.pk}/privacy/").status_code == 404
    public.privacy.refresh_from_db()
    assert public.privacy.visibility == "public"


def test_the_privacy_page_is_the_owners_only(client, video_factory, user_factory):
    video = video_factory()
    client.force_login(user_factory())
    assert client.get(f"/v/{video.pk}/privacy").status_code == 403
    assert client.post(f"/v/{video.pk}/privacy", {"visibility": "private"}).status_code == 403

    client.force_login(video.owner)
    page = client.get(f"/v/{video.pk}/privacy")
    assert page.status_code == 200
    assert "Anyone can watch." in page.content.decode()


def test_the_privacy_page_saves_the_five_settings(client, video_factory):
    video = video_factory()
    client.force_login(video.owner)

    response = client.post(
        f"/v/{video.pk}/privacy",
        {
            "visibility": "followers",
            "comment_audience": "no_one",
            "remix_audience": "friends",
            "remix_kinds": ["face", "restyle"],
            "remix_requires_approval": "on",
        },
        follow=True,
    )

    video.privacy.refresh_from_db()
    assert video.privacy.values() == {
        "visibility": "followers",
        "comment_audience": "no_one",
        "remix_audience": "friends",
        "remix_requires_approval": True,
        "remix_kinds": ["restyle", "face"],
    }
    assert "Only people you follow back can remix it; remixes appear after you approve them." in (
        response.content.decode()
    )


def test_me_privacy_api(user_api_client):
    assert user_api_client.get("/api/v1/me/privacy/").json()["remix_audience"] == "everyone"

    response = user_api_client.patch(
        "/api/v1/me/privacy/", {"remix_audience": "followers"}, format="json"
    )

    assert response.json()["remix_audience"] == "followers"


def test_apply_to_all_changes_exactly_the_owners_differing_videos(
    user,
    user_factory,
    video_factory,
    user_api_client,
    announced,
    django_capture_on_commit_callbacks,
):
    mine = video_factory.create_batch(3, owner=user)
    already = video_factory(owner=user, privacy__remix_audience="no_one")
    theirs = video_factory(owner=user_factory())
    services.account_privacy_update(
        user=user, remix_audience="no_one", remix_kinds=list(RemixKind.values)
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = user_api_client.post("/api/v1/me/privacy/apply-to-all/")

    assert response.json() == {"changed": 3, "removed": 0, "kept": 0}
    assert set(
        VideoPrivacy.objects.filter(remix_audience="no_one").values_list("video_id", flat=True)
    ) == {video.pk for video in [*mine, already]}
    theirs.privacy.refresh_from_db()
    assert theirs.privacy.remix_audience == "everyone"
    assert sorted(announced[0]) == sorted(video.pk for video in mine)


def test_apply_to_all_page_asks_first_with_the_count(client, user, video_factory):
    video_factory.create_batch(2, owner=user)
    services.account_privacy_update(
        user=user, comment_audience="followers", remix_kinds=list(RemixKind.values)
    )
    client.force_login(user)

    confirm = client.get("/settings/privacy/apply-to-all")
    assert b"This changes <strong>2 videos</strong>" in confirm.content
    assert VideoPrivacy.objects.filter(comment_audience="followers").count() == 0

    done = client.post("/settings/privacy/apply-to-all", follow=True)
    assert b"Applied your defaults to 2 videos." in done.content
    assert VideoPrivacy.objects.filter(comment_audience="followers").count() == 2


def test_account_page_saves_defaults(client, user):
    client.force_login(user)

    client.post(
        "/settings/privacy",
        {"visibility": "public", "comment_audience": "everyone", "remix_audience": "followers"},
    )

    assert AccountPrivacy.objects.get(user=user).remix_audience == "followers"


def test_consent_check_answers_for_the_pipeline(world, video_of):
    video = video_of(remix_audience="followers")

    assert services.remix_consent_check(requester_id=world["follower"].pk, video_id=video.pk)
    services.video_privacy_update(video=video, remix_audience="no_one")
    refused = services.remix_consent_check(
        requester_id=world["follower"].pk, video_id=video.pk, lock=True
    )
    assert refused.code == "remix_off"
    video.delete()
    assert (
        services.remix_consent_check(requester_id=world["follower"].pk, video_id=video.pk).code
        == "video_deleted"
    )


def test_apply_to_all_lists_what_it_loosens_per_video(client, user, video_factory):
    strict, other = video_factory(owner=user), video_factory(owner=user)
    services.video_privacy_update(video=strict, comment_audience="no_one")
    services.account_privacy_update(user=user, comment_audience="followers")
    client.force_login(user)

    page = client.get("/settings/privacy/apply-to-all").content.decode()

    assert f'data-loosened-video="{strict.pk}"' in page
    assert f'data-loosened-video="{other.pk}"' not in page  # everyone → followers tightens
    assert "Who can comment: No one → Followers" in page
    assert 'name="keep_stricter"' in page


def test_keep_stricter_leaves_loosened_videos_as_they_are(user, video_factory):
    strict, other = video_factory(owner=user), video_factory(owner=user)
    services.video_privacy_update(video=strict, comment_audience="no_one")
    services.account_privacy_update(user=user, comment_audience="followers")

    applied = services.privacy_apply_to_all(user=user, keep_stricter=True)

    assert (applied.changed, applied.kept) == (1, 1)
    strict.privacy.refresh_from_db()
    other.privacy.refresh_from_db()
    assert (strict.privacy.comment_audience, other.privacy.comment_audience) == (
        "no_one",
        "followers",
    )


def test_without_keep_stricter_every_video_gets_the_defaults(user, video_factory, user_api_client):
    strict = video_factory(owner=user)
    services.video_privacy_update(video=strict, remix_requires_approval=True)
    services.account_privacy_update(user=user, remix_requires_approval=False, visibility="public")

    answer = user_api_client.post(
        "/api/v1/me/privacy/apply-to-all/", {"keep_stricter": False}, format="json"
    )

    assert answer.json()["kept"] == 0
    strict.privacy.refresh_from_db()
    assert strict.privacy.remix_requires_approval is False


def test_loosenings_name_each_opened_setting():
    from apps.privacy.models import AccountPrivacy, VideoPrivacy
    from apps.privacy.selectors import privacy_loosenings

    current = VideoPrivacy(
        visibility="followers",
        comment_audience="everyone",
        remix_audience="friends",
        remix_requires_approval=True,
        remix_kinds=["restyle"],
    )
    proposed = AccountPrivacy(
        visibility="public",
        comment_audience="no_one",
        remix_audience="everyone",
        remix_requires_approval=False,
        remix_kinds=["restyle", "face"],
    )

    assert privacy_loosenings(current, proposed) == [
        "Who can watch: Followers → Everyone",
        "Who can remix: Friends (people I follow back) → Everyone",
        "Remixes appear without your approval",
        "Newly allowed: face edits",
    ]
