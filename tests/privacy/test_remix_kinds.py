"""Which kinds of remix a creator allows: every role against every kind, through the policy,
the composer page and the remix API; the settings page and the REST privacy API that set them;
the defaults of new and existing accounts."""

import pytest
from django.test import Client
from rest_framework.test import APIClient

from apps.privacy import policy, services
from apps.privacy.models import AccountPrivacy, RemixKind
from apps.privacy.selectors import account_privacy_get
from tests.privacy.conftest import ROLES
from tests.privacy.test_policy_matrix import REMIX

# A followers-only video that allows restyles and captions, not background or face edits.
ALLOWED_KINDS = ["restyle", "caption_only"]
KIND_REFUSAL = "@creator allows restyles and caption-only remixes but not {kind}."


PROMPTS = {"caption_only": "", "voice": "make me sound like a chipmunk"}


def _kind_cases():
    return [
        (kind, role, role in REMIX["followers"] and (kind in ALLOWED_KINDS or role == "owner"))
        for kind in RemixKind.values
        for role in ROLES
    ]


def _client(world, role, kind=Client):
    client = kind()
    if role != "anonymous":
        client.force_login(world[role])
    return client


@pytest.fixture
def narrowed(video_of):
    return video_of(remix_audience="followers", remix_kinds=ALLOWED_KINDS)


@pytest.mark.parametrize(("kind", "role", "allowed"), _kind_cases())
def test_remix_per_kind(world, narrowed, kind, role, allowed):
    decision = policy.can_remix(world[role], narrowed, kind)

    assert bool(decision) is allowed
    if role == "follower" and not allowed:
        assert decision.code == "remix_kind_not_allowed"
        assert decision.message == KIND_REFUSAL.format(kind=policy.KIND_NOUNS[kind])


def test_the_audience_is_refused_before_the_kind(world, narrowed):
    decision = policy.can_remix(world["stranger"], narrowed, "face")

    assert decision.code == "remix_followers_only"


def test_no_kind_allowed_means_remixes_are_off(world, video_of):
    video = video_of(remix_kinds=[])

    assert policy.can_remix(world["stranger"], video).code == "remix_off"
    assert policy.can_remix(world["owner"], video, "face")


@pytest.mark.parametrize(("kind", "role", "allowed"), _kind_cases())
def test_the_composer_greys_out_each_refused_kind_with_the_reason(
    world, narrowed, kind, role, allowed
):
    response = _client(world, role).get(f"/v/{narrowed.pk}/remix")

    if role in ("anonymous",):
        assert response.status_code == 302
        return
    if role == "blocked":
        assert response.status_code == 404
        return
    content = response.content.decode()
    if not policy.can_remix(world[role], narrowed):
        assert "data-remix-refused" in content
        return
    radio = content.split(f'value="{kind}"', 1)[1].split(">", 1)[0]
    assert (" disabled" not in radio) is allowed
    assert (f'data-kind-refused="{kind}"' in content) is not allowed
    if not allowed:
        assert KIND_REFUSAL.format(kind=policy.KIND_NOUNS[kind]) in content.replace("&#x27;", "'")


@pytest.mark.parametrize(("kind", "role", "allowed"), _kind_cases())
def test_the_remix_api_per_kind(world, narrowed, kind, role, allowed):
    response = _client(world, role, APIClient).post(
        "/api/v1/remix/jobs",
        {
            "video_id": narrowed.pk,
            "at_seconds": 1.0,
            "kind": kind,
            "prompt": PROMPTS.get(kind, "turn it into a watercolour painting"),
            "caption": "Monday mood",
        },
        format="json",
    )

    if allowed and kind == "voice":  # consent passed; the silent test video cannot give one
        assert response.status_code == 422, response.content
        assert response.json()["code"] in ("video_too_short", "video_has_no_audio")
        return
    if allowed:
        assert response.status_code == 201, response.content
        return
    assert response.status_code in (401, 403, 404)
    body = response.json()
    assert set(body) >= {"message", "code"}
    if role == "follower":
        assert (response.status_code, body["code"]) == (403, "remix_kind_not_allowed")
        assert body["message"] == KIND_REFUSAL.format(kind=policy.KIND_NOUNS[kind])


def test_the_composer_page_refuses_a_posted_kind_the_creator_does_not_allow(world, narrowed):
    response = _client(world, "follower").post(
        f"/v/{narrowed.pk}/remix",
        {"at_seconds": "1", "kind": "face", "prompt": "add cool sunglasses"},
    )

    assert response.status_code == 422
    assert not narrowed.remix_jobs.exists()


# --- Setting them ---------------------------------------------------------------------------


def test_the_privacy_api_reads_and_sets_kinds_in_their_order(api_client, video_factory):
    video = video_factory()
    api_client.force_authenticate(video.owner)
    url = f"/api/v1/videos/{video.pk}/privacy/"
    assert api_client.get(url).json()["remix_kinds"] == list(RemixKind.values)

    response = api_client.patch(url, {"remix_kinds": ["face", "restyle"]}, format="json")

    assert response.status_code == 200
    assert response.json()["remix_kinds"] == ["restyle", "face"]
    assert response.json()["removed"] == 0
    video.privacy.refresh_from_db()
    assert video.privacy.remix_kinds == ["restyle", "face"]
    assert "Allowed: restyles, face edits." in " ".join(response.json()["summary"])


@pytest.mark.parametrize(
    "kinds", [["telepathy"], "restyle", ["restyle", "restyle"], [1], {"restyle": True}, None]
)
def test_unknown_or_malformed_kinds_are_400_naming_the_field(api_client, video_factory, kinds):
    video = video_factory()
    api_client.force_authenticate(video.owner)

    response = api_client.patch(
        f"/api/v1/videos/{video.pk}/privacy/", {"remix_kinds": kinds}, format="json"
    )

    assert response.status_code == 400
    body = response.json()
    assert set(body) == {"message", "code", "extra"}
    assert "remix_kinds" in body["extra"]["fields"]
    video.privacy.refresh_from_db()
    assert video.privacy.remix_kinds == list(RemixKind.values)


def test_account_defaults_gain_kinds_and_new_videos_copy_them(user_api_client, user, upload_of):
    from apps.videos import services as video_services

    response = user_api_client.patch(
        "/api/v1/me/privacy/", {"remix_kinds": ["caption_only"]}, format="json"
    )
    assert response.json()["remix_kinds"] == ["caption_only"]

    video = video_services.video_upload(owner=user, upload=upload_of("mp4"))

    assert video.privacy.remix_kinds == ["caption_only"]


def test_a_new_account_starts_without_face_edits(user):
    assert account_privacy_get(user=user).remix_kinds == ["restyle", "background", "caption_only"]


def test_the_site_setting_changes_the_kinds_new_accounts_start_with(user, settings):
    settings.CLIPMIX_REMIX_DEFAULT_KINDS = ["restyle", "face"]

    assert services.account_privacy_update(user=user).remix_kinds == ["restyle", "face"]


def test_the_privacy_page_shows_each_kind_with_its_example(client, video_factory):
    video = video_factory()
    client.force_login(video.owner)

    content = client.get(f"/v/{video.pk}/privacy").content.decode()

    for kind in RemixKind.values:
        assert f"img/remix-kinds/{kind}.jpg" in content
        assert f'name="remix_kinds" value="{kind}"' in content
    assert "it changes how a person looks" in content


def test_apply_to_all_carries_the_kinds(user, video_factory, user_api_client):
    videos = video_factory.create_batch(2, owner=user)
    services.account_privacy_update(user=user, remix_kinds=["restyle"])

    assert user_api_client.post("/api/v1/me/privacy/apply-to-all/").json()["changed"] == 2

    for video in videos:
        video.privacy.refresh_from_db()
        assert video.privacy.remix_kinds == ["restyle"]


def test_an_account_that_never_chose_has_no_defaults_row(user):
    assert not AccountPrivacy.objects.filter(user=user).exists()
