"""The representation of a comment: the API answers with it and sockets carry it
(``selectors.comment_payload_for_viewer``)."""

from typing import Any

from django.http import HttpRequest
from rest_framework import serializers

from apps.accounts.api.serializers import AccountSummarySerializer, absolute_media_url
from apps.comments import errors
from apps.comments.models import Comment


class CommentOutputSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    video_id = serializers.IntegerField()
    author = AccountSummarySerializer()
    body = serializers.CharField()
    image_url = serializers.SerializerMethodField()
    # DRF's Field.parent is a different thing; the metaclass moves declared fields aside.
    parent = serializers.IntegerField(source="parent_id", allow_null=True)  # type: ignore[assignment]
    status = serializers.CharField()
    created_at = serializers.DateTimeField()
    image_label = serializers.SerializerMethodField()
    credentials_url = serializers.SerializerMethodField()
    clip_url = serializers.SerializerMethodField(
        help_text="A voice remix's MP4 (H.264/AAC); ``image_url`` is then its poster."
    )
    remix_hidden = serializers.SerializerMethodField(
        help_text="An AI remix the viewer's filter hides (their setting, or ``remixes``): "
        "its text and image are left out; show it as one line, with the hidden ones around it."
    )

    def _hidden(self, comment: Comment) -> bool:
        return comment.pk in self.context.get("hidden_ids", ())

    def get_remix_hidden(self, comment: Comment) -> bool:
        return self._hidden(comment)

    def to_representation(self, instance: Comment) -> dict[str, Any]:
        data = dict(super().to_representation(instance))
        return comment_hidden_data(data) if self._hidden(instance) else data

    remix_url = serializers.SerializerMethodField(
        help_text="Where to start a remix of this image (an AI remix of a remix); null when "
        "it cannot be remixed."
    )

    def get_remix_url(self, comment: Comment) -> str | None:
        if not comment.image or not comment.remix_url or self._hidden(comment):
            return None
        request: HttpRequest | None = self.context.get("request")
        url = comment.remix_url
        return request.build_absolute_uri(url) if request is not None else url

    def get_clip_url(self, comment: Comment) -> str | None:
        return None if self._hidden(comment) else absolute_media_url(comment.clip, self.context)

    def get_image_url(self, comment: Comment) -> str | None:
        return None if self._hidden(comment) else absolute_media_url(comment.image, self.context)

    def get_image_label(self, comment: Comment) -> str | None:
        return comment.image_label if comment.image and not self._hidden(comment) else None

    def get_credentials_url(self, comment: Comment) -> str | None:
        """Where an image comment's Content Credentials are checked (absolute for the API)."""
        if not comment.image or not comment.credentials_url or self._hidden(comment):
            return None
        request: HttpRequest | None = self.context.get("request")
        url = comment.credentials_url
        return request.build_absolute_uri(url) if request is not None else url


class CommentCreatedOutputSerializer(CommentOutputSerializer):
    notice = serializers.SerializerMethodField()

    def get_notice(self, comment: Comment) -> str:
        """What to tell the author when the comment does not appear right away."""
        return str(errors.COMMENT_HELD) if comment.status == Comment.Status.PENDING else ""


class CommentThreadOutputSerializer(CommentOutputSerializer):
    replies = CommentOutputSerializer(many=True, source="replies.all")


def comment_data(comment: Comment, **context: Any) -> dict[str, Any]:
    """One comment as the API represents it; without a request in ``context`` its links are
    site-relative."""
    return dict(CommentOutputSerializer(comment, context=context).data)


def comment_hidden_data(data: dict[str, Any]) -> dict[str, Any]:
    """A comment's representation as a placeholder for a hidden remix: where it stands and who
    posted it, none of what it shows."""
    return {
        **data,
        "body": "",
        "image_url": None,
        "image_label": None,
        "credentials_url": None,
        "clip_url": None,
        "remix_hidden": True,
    }
