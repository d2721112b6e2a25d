"""No silent default (issue 17 item 6): a creator's first upload asks, on the upload page, who
may remix their videos and which kinds, preselected with what they would otherwise get; the
answer becomes the account's defaults and the video's settings. Over the API the same fields
are optional: left out, the upload keeps the defaults, as it did before the question."""

import pytest

from apps.privacy.models import AccountPrivacy, RemixAudience, RemixKind, VideoPrivacy
from apps.videos.models import Video

pytestmark = pytest.mark.django_db


def _page_upload(client, upload, **choice):
    return client.post("/upload", {"file": upload, "caption": "first!", **choice})


def test_the_first_upload_asks_with_the_sites_defaults_preselected(client, user, settings):
    settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE = "followers"
    settings.CLIPMIX_REMIX_DEFAULT_KINDS = ["restyle", "caption_only"]
    client.force_login(user)

    page = client.get("/upload").content.decode()

    assert "Your first post: who may remix it?" in page
    assert 'name="remix_audience" value="followers"' in page
    checked = [
        kind
        for kind in RemixKind.values
        if f'name="remix_kinds" value="{kind}"' in page
        and "checked" in page.split(f'name="remix_kinds" value="{kind}"')[1].split(">")[0]
    ]
    assert checked == ["restyle", "caption_only"]
    audience = page.split('name="remix_audience" value="followers"')[1].split(">")[0]
    assert "checked" in audience
    assert "Only people who follow you." in page  # one sentence per choice
    assert "it changes how a person looks" in page
    assert 'href="/settings/privacy"' in page


def test_the_answer_becomes_the_account_default_and_the_first_videos_settings(
    client, user, upload_of
):
    client.force_login(user)

    response = _page_upload(
        client,
        upload_of("mp4"),
        remix_choice="1",
        remix_audience="friends",
        remix_kinds=["restyle", "face"],
    )

    assert response.status_code == 302
    defaults = AccountPrivacy.objects.get(user=user)
    assert (defaults.remix_audience, defaults.remix_kinds) == ("friends", ["restyle", "face"])
    privacy = VideoPrivacy.objects.get(video__owner=user)
    assert (privacy.remix_audience, privacy.remix_kinds) == ("friends", ["restyle", "face"])
    told = [str(m) for m in response.wsgi_request._messages]
    assert any("Settings, Privacy" in text for text in told)


def test_no_kind_ticked_means_no_remixes(client, user, upload_of):
    client.force_login(user)

    _page_upload(client, upload_of("mp4"), remix_choice="1", remix_audience="everyone")

    assert AccountPrivacy.objects.get(user=user).remix_kinds == []


def test_after_the_first_upload_with_saved_defaults_it_no_longer_asks(client, user, upload_of):
    client.force_login(user)
    _page_upload(client, upload_of("mp4"), remix_choice="1", remix_audience="no_one")

    assert "who may remix it?" not in client.get("/upload").content.decode()


def test_a_creator_who_uploaded_without_ever_choosing_is_asked_next_time(
    client, user, video_factory
):
    video_factory(owner=user)  # from before the question: no saved defaults
    client.force_login(user)

    assert "who may remix it?" in client.get("/upload").content.decode()


def test_a_refused_upload_saves_no_answer_and_keeps_it_on_the_form(client, user):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(user)

    response = _page_upload(
        client,
        SimpleUploadedFile("notes.mp4", b"just some text\n" * 50),
        remix_choice="1",
        remix_audience="no_one",
    )

    assert response.status_code == 400
    assert not AccountPrivacy.objects.filter(user=user).exists()
    answered = response.content.decode().split('name="remix_audience" value="no_one"')[1]
    assert "checked" in answered.split(">")[0]


def test_an_unknown_audience_is_refused_on_the_form_and_nothing_is_stored(client, user, upload_of):
    client.force_login(user)

    response = _page_upload(client, upload_of("mp4"), remix_choice="1", remix_audience="the_world")

    assert response.status_code == 400
    assert not Video.objects.exists()
    assert not AccountPrivacy.objects.filter(user=user).exists()


def test_the_privacy_page_says_this_is_where_to_change_it(client, user):
    client.force_login(user)

    page = client.get("/settings/privacy").content.decode()

    assert "was asked with your first upload: this is where you change it" in page


# --- The API ----------------------------------------------------------------------------------


def _api_upload(client, upload, **choice):
    return client.post(
        "/api/v1/videos/", {"file": upload, "caption": "", **choice}, format="multipart"
    )


def test_an_api_upload_without_a_choice_keeps_the_defaults(
    user_api_client, user, upload_of, settings
):
    settings.CLIPMIX_REMIX_DEFAULT_AUDIENCE = "followers"

    response = _api_upload(user_api_client, upload_of("mp4"))

    assert response.status_code == 201
    assert not AccountPrivacy.objects.filter(user=user).exists()
    assert VideoPrivacy.objects.get(video__owner=user).remix_audience == "followers"


def test_an_api_upload_with_a_choice_makes_it_the_account_default(user_api_client, user, upload_of):
    response = _api_upload(
        user_api_client,
        upload_of("mp4"),
        remix_audience="followers",
        remix_kinds=["caption_only", "restyle"],
    )

    assert response.status_code == 201
    defaults = AccountPrivacy.objects.get(user=user)
    assert defaults.remix_audience == RemixAudience.FOLLOWERS
    assert defaults.remix_kinds == ["restyle", "caption_only"]
    video = VideoPrivacy.objects.get(video_id=response.json()["id"])
    assert video.remix_kinds == ["restyle", "caption_only"]


@pytest.mark.parametrize(
    ("choice", "field"),
    [({"remix_audience": "anyone"}, "remix_audience"), ({"remix_kinds": ["hair"]}, "remix_kinds")],
)
def test_an_api_upload_with_a_bad_choice_is_refused_naming_the_field(
    user_api_client, user, upload_of, choice, field
):
    response = _api_upload(user_api_client, upload_of("mp4"), **choice)

    assert response.status_code == 400
    assert response.json()["code"] == "invalid"
    assert list(response.json()["extra"]["fields"]) == [field]
    assert not Video.objects.exists()
    assert not AccountPrivacy.objects.filter(user=user).exists()


def test_the_pages_script_gets_where_the_video_is_so_the_confirmation_survives(
    client, user, upload_of
):
    client.force_login(user)

    response = client.post(
        "/upload",
        {"file": upload_of("mp4"), "remix_choice": "1", "remix_audience": "followers"},
        HTTP_ACCEPT="application/json",
    )

    video = Video.objects.get(owner=user)
    assert (response.status_code, response.json()) == (201, {"location": f"/v/{video.pk}"})
    page = client.get(f"/v/{video.pk}").content.decode()
    assert "Who may remix it is now your default" in page
