from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_POST

from apps.accounts.http import request_user
from apps.comments import errors, selectors, services
from apps.comments.models import Comment
from apps.core.errors import ApplicationError
from apps.privacy import selectors as privacy_selectors


@login_required
@require_POST
def comment_create(request: HttpRequest, video_id: int) -> HttpResponse:
    """The comment form without JavaScript (with it, the page posts to the API)."""
    author = request_user(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=author)
    parent = request.POST.get("parent", "")
    try:
        comment = services.comment_create(
            author=author,
            video=video,
            body=request.POST.get("body", ""),
            parent_id=int(parent) if parent.isdigit() else None,
        )
    except ApplicationError as error:
        messages.error(request, error.message)
    else:
        if comment.status == Comment.Status.PENDING:
            messages.info(request, errors.COMMENT_HELD)
    return redirect(reverse("videos:detail", kwargs={"video_id": video.pk}) + "#comments")


@login_required
@require_POST
def comment_delete(request: HttpRequest, comment_id: int) -> HttpResponse:
    actor = request_user(request)
    comment = selectors.comment_get_for_viewer(comment_id=comment_id, viewer=actor)
    services.comment_delete(actor=actor, comment=comment)
    messages.info(request, "Comment deleted.")
    return redirect("videos:detail", video_id=comment.video_id)
