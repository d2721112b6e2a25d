"""Remixing a remix through the REST API and the pages: the request takes a parent remix id and
refuses with 403 {message, code} naming who refused; "Remix this remix" sits on a published
remix in the comments and opens the composer on its image; the credentials page shows the
chain; a remixer who reviews remixes approves from their studio."""

import pytest

from apps.privacy.models import AccountPrivacy
from apps.remix.models import RemixJob

pytestmark = pytest.mark.django_db
Status = RemixJob.Status
JOBS = "/api/v1/remix/jobs"


@pytest.fixture
def published_remix(real_video, user_factory, remix):
    video = real_video(user_factory(username="carol"))
    parent = remix(user_factory(username="alice"), video, caption="")
    assert parent.status == Status.PUBLISHED, parent.reason
    return parent


@pytest.fixture
def post_job(client, django_capture_on_commit_callbacks):
    def post(user, body):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(JOBS, body, content_type="application/json")

    return post


def _body(parent, **overrides):
    return {
        "video_id": parent.video_id,
        "at_seconds": 0,
        "kind": "restyle",
        "prompt": "comic",
        "parent_remix_id": parent.pk,
        **overrides,
    }


def test_the_api_accepts_a_parent_remix_id(post_job, published_remix, user_factory):
    response = post_job(user_factory(), _body(published_remix))

    assert response.status_code == 201, response.content
    body = response.json()
    assert (body["parent_id"], body["chain_depth"], body["video_id"]) == (
        published_remix.pk,
        1,
        published_remix.video_id,
    )
    assert body["at_seconds"] == published_remix.at_seconds  # the parent's moment


def test_the_api_refuses_with_403_naming_who_refused(post_job, published_remix, user_factory):
    AccountPrivacy.objects.create(user=published_remix.requester, remix_audience="followers")

    response = post_job(user_factory(), _body(published_remix))

    assert response.status_code == 403
    body = response.json()
    assert body["code"] == "remix_not_allowed"
    assert body["message"] == "Only @alice's followers can remix their remixes."
    assert body["extra"]["reason"] == "remix_followers_only"


def test_the_api_refuses_a_kind_the_remixer_does_not_allow(post_job, published_remix, user_factory):
    response = post_job(user_factory(), _body(published_remix, kind="face", prompt="sunglasses"))

    assert response.status_code == 403
    assert response.json()["code"] == "remix_kind_not_allowed"
    assert response.json()["message"].startswith("@alice allows ")


def test_the_api_refuses_a_parent_of_another_video(
    post_job, published_remix, user_factory, real_video
):
    other = real_video()

    response = post_job(user_factory(), _body(published_remix, video_id=other.pk))

    assert (response.status_code, response.json()["code"]) == (422, "parent_not_of_video")


def test_the_api_hides_a_remix_of_a_video_you_cannot_see(post_job, published_remix, user_factory):
    video = published_remix.video
    type(video.privacy).objects.filter(pk=video.privacy.pk).update(visibility="private")

    response = post_job(user_factory(), _body(published_remix))

    assert response.status_code == 404
    assert set(response.json()) >= {"message", "code"}


def test_a_published_remix_offers_remix_this_remix_and_the_composer_starts_from_it(
    client, published_remix, user_factory
):
    client.force_login(user_factory())
    page = client.get(f"/v/{published_remix.video_id}").content.decode()
    link = f"/remixes/{published_remix.pk}/remix"
    assert f'href="{link}" data-remix-remix' in page
    assert "Remix this remix" in page

    composer = client.get(link)
    assert composer.status_code == 200
    html = composer.content.decode().replace("&#x27;", "'")
    assert f'data-parent="{published_remix.pk}"' in html
    assert f'src="{published_remix.output_image.url}"' in html  # its image, not a frame
    assert "Remix @alice's remix" in html
    # A voice remix needs sound, which a picture has not: greyed out with the reason.
    assert 'data-kind-refused="voice"' in html
    # The error line waits empty and hidden for the page's script (it said "None").
    assert '<p class="form-error" data-remix-error role="alert" hidden></p>' in html


def test_the_composer_refuses_with_the_remixers_words(client, published_remix, user_factory):
    AccountPrivacy.objects.create(user=published_remix.requester, remixes_of_remixes="no_one")
    client.force_login(user_factory())

    html = client.get(f"/remixes/{published_remix.pk}/remix").content.decode()

    assert "data-remix-refused" in html
    assert "@alice doesn't allow remixes of their remixes." in html.replace("&#x27;", "'")


def test_the_comments_api_gives_the_remix_link(client, published_remix, user_factory):
    client.force_login(user_factory())
    response = client.get(f"/api/v1/videos/{published_remix.video_id}/comments/")
    [item] = [c for c in response.json()["results"] if c["id"] == published_remix.comment_id]
    assert item["remix_url"].endswith(f"/remixes/{published_remix.pk}/remix")


def test_the_credentials_page_shows_the_chain(client, published_remix, user_factory, remix):
    child = remix(user_factory(username="rob"), published_remix.video, parent=published_remix)
    assert child.status == Status.PUBLISHED, child.reason

    html = client.get(f"/credentials/{child.pk}").content.decode().replace("&#x27;", "'")

    assert "data-remix-chain" in html
    assert f'href="/credentials/{published_remix.pk}"' in html
    assert f"Remix #{published_remix.pk} by @alice" in html
    assert "@carol's video, at 1.0 s" in html
    # The reader's words, from the manifest itself.
    assert "its own Content Credentials come with it (valid)" in html
    assert "That remix was made from: Frame at 1.0 s of" in html


def test_the_remixer_approves_from_their_studio(client, published_remix, user_factory, remix):
    alice = published_remix.requester
    AccountPrivacy.objects.create(user=alice, remix_requires_approval=True)
    child = remix(user_factory(), published_remix.video, parent=published_remix)
    assert child.status == Status.IN_REVIEW

    client.force_login(alice)
    studio = client.get("/studio/remixes").content.decode()
    assert f'data-remixer-job="{child.pk}"' in studio
    assert client.get(child.output_image.url).status_code == 200  # to decide, she sees it

    client.post(f"/studio/remixes/{child.pk}/as-remixer", {"action": "approve"})

    child.refresh_from_db()
    assert child.status == Status.PUBLISHED


def test_the_remixer_declines_from_their_studio(client, published_remix, user_factory, remix):
    alice = published_remix.requester
    AccountPrivacy.objects.create(user=alice, remix_requires_approval=True)
    child = remix(user_factory(), published_remix.video, parent=published_remix)
    client.force_login(user_factory())
    refused = client.post(f"/studio/remixes/{child.pk}/as-remixer", {"action": "approve"})
    assert refused.status_code == 404

    client.force_login(alice)
    client.post(f"/studio/remixes/{child.pk}/as-remixer", {"action": "decline"})

    child.refresh_from_db()
    assert child.status == Status.REJECTED
    assert child.reason == "@alice, whose remix this one starts from, declined it."


def test_the_account_privacy_api_reads_and_sets_who_may_remix_my_remixes(client, user_factory):
    client.force_login(user_factory())
    assert client.get("/api/v1/me/privacy/").json()["remixes_of_remixes"] == "follow_defaults"

    changed = client.patch(
        "/api/v1/me/privacy/", {"remixes_of_remixes": "no_one"}, content_type="application/json"
    )
    wrong = client.patch(
        "/api/v1/me/privacy/", {"remixes_of_remixes": "maybe"}, content_type="application/json"
    )

    assert changed.json()["remixes_of_remixes"] == "no_one"
    assert wrong.status_code == 400
    assert "remixes_of_remixes" in wrong.json()["extra"]["fields"]


def test_a_remix_that_no_longer_appears_is_not_found_to_others(
    client, post_job, published_remix, user_factory
):
    RemixJob.objects.filter(pk=published_remix.pk).update(status=Status.REMOVED)
    stranger = user_factory()

    response = post_job(stranger, _body(published_remix))
    page = client.get(f"/remixes/{published_remix.pk}/remix")

    assert (response.status_code, response.json()["code"]) == (404, "not_found")
    assert page.status_code == 404
    # Its own requester knows of it, and reads why.
    mine = post_job(published_remix.requester, _body(published_remix))
    assert (mine.status_code, mine.json()["extra"]["reason"]) == (403, "parent_unavailable")
