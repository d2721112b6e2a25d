"""Data migrations of the remix app."""

import importlib

import pytest
from django.apps import apps

from apps.remix.models import RemixJob

pytestmark = pytest.mark.django_db

fill = importlib.import_module("apps.remix.migrations.0002_comment_credentials_fill")


def test_published_remixes_give_their_comments_a_credentials_link(
    user_factory, video_factory, comment_factory, remix_job_factory
):
    fan, video = user_factory(), video_factory()
    published = comment_factory(video=video, author=fan, image="comments/remix.jpg")
    plain = comment_factory(video=video, author=fan, body="nice")
    job = remix_job_factory(
        requester=fan, video=video, status=RemixJob.Status.PUBLISHED, comment=published
    )

    fill.credentials_fill(apps, None)

    published.refresh_from_db()
    plain.refresh_from_db()
    assert published.credentials_url == f"/credentials/{job.pk}"
    assert published.image_label == "AI remix"
    assert plain.credentials_url == ""
