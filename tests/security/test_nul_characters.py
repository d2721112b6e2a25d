"""A NUL character anywhere a request carries text is refused with 400 before anything is
counted or stored (PostgreSQL answered 500 for it, after a rate-limit slot was used)."""

import pytest

from apps.comments.models import Comment
from apps.core.errors import NUL_CHARACTER
from apps.remix.models import RemixJob

pytestmark = pytest.mark.django_db


def _refused(response):
    assert response.status_code == 400, response.content[:300]
    return response


@pytest.mark.parametrize(
    "path",
    [
        "/tags/%00",
        "/tags/a%00b",
        "/api/v1/accounts/%00/",
        "/@x%00y",
        "/?q=%00",
        "/feed/more?cursor=a%00",
    ],
)
def test_a_path_or_query_with_nul_is_refused(client, path):
    response = _refused(client.get(path))
    if path.startswith("/api/"):
        assert response.json()["code"] == "nul_character"
        assert response.json()["message"] == NUL_CHARACTER


def test_a_remix_prompt_or_caption_with_nul_is_refused_before_the_rate_limit(
    user_api_client, video_factory, settings
):
    video = video_factory(duration=3.0)
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "prompt_check": "1/86400"}
    payload = {
        "video_id": video.pk,
        "at_seconds": 1,
        "kind": "restyle",
        "prompt": "a",
        "caption": "b",
    }
    for field in ("prompt", "caption"):
        for path in ("/api/v1/remix/jobs", "/api/v1/remix/prompt-check"):
            response = _refused(
                user_api_client.post(path, {**payload, field: "sun\u0000set"}, format="json")
            )
            assert response.json()["code"] == "nul_character"
    assert not RemixJob.objects.exists()
    # No slot of the (one-request) limit was used by the refusals.
    response = user_api_client.post(
        "/api/v1/remix/prompt-check", {"prompt": "a cat"}, format="json"
    )
    assert response.status_code == 200, response.content


def test_a_comment_with_nul_is_refused_in_json_and_in_a_form(
    user_api_client, user, client, video_factory
):
    video = video_factory()
    _refused(
        user_api_client.post(
            f"/api/v1/videos/{video.pk}/comments/", {"body": "a\u0000b"}, format="json"
        )
    )
    client.force_login(user)
    _refused(
        client.post(
            f"/v/{video.pk}/comments",
            "body=a%00b",
            content_type="application/x-www-form-urlencoded",
        )
    )
    assert not Comment.objects.exists()


def test_text_that_merely_mentions_zero_is_accepted(user_api_client, video_factory):
    video = video_factory()
    response = user_api_client.post(
        f"/api/v1/videos/{video.pk}/comments/", {"body": "100% real, 00 and 0"}, format="json"
    )
    assert response.status_code == 201, response.content


def test_a_multipart_comment_or_remix_form_with_nul_is_refused(
    user, client, video_factory, settings
):
    """Multipart bodies are not read by the middleware (uploads stream through their own
    handlers); the services refuse the text instead, before counting anything."""
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "comment": "1/86400"}
    video = video_factory(duration=3.0)
    client.force_login(user)

    comment = client.post(f"/v/{video.pk}/comments", {"body": "a\x00b"}, follow=True)
    remix = client.post(
        f"/v/{video.pk}/remix",
        {"at_seconds": "1", "kind": "restyle", "prompt": "sun\x00set", "caption": ""},
    )

    assert [str(m) for m in comment.context["messages"]] == [NUL_CHARACTER]
    assert remix.status_code == 422
    assert str(NUL_CHARACTER) in remix.content.decode()
    assert not Comment.objects.exists()
    assert not RemixJob.objects.exists()
    # The refusal used no slot of the (one-comment) limit.
    client.post(f"/v/{video.pk}/comments", {"body": "fine"})
    assert Comment.objects.count() == 1
