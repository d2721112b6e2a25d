from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from apps.accounts.http import request_user
from apps.comments import errors, selectors, services
from apps.comments.models import REPORT_NOTE_MAX_LENGTH, Comment, CommentReport
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
    messages.info(request, _("Comment deleted."))
    return redirect("videos:detail", video_id=comment.video_id)


# What each guideline category covers, in the reporter's words (the report form's choices).
REPORT_REASON_HELP: dict[str, str | Promise] = {
    CommentReport.Reason.SPAM: gettext_lazy("Ads, scams, the same message again and again."),
    CommentReport.Reason.HARASSMENT: gettext_lazy(
        "Insults, threats or mockery aimed at a person, including the person in the video."
    ),
    CommentReport.Reason.HATE: gettext_lazy(
        "Attacks on people for who they are: origin, religion, gender, sexuality, disability."
    ),
    CommentReport.Reason.SEXUAL: gettext_lazy(
        "Sexual content, sexualised edits of a real person, anything sexual involving minors."
    ),
    CommentReport.Reason.VIOLENCE: gettext_lazy(
        "Graphic violence or gore, or promoting self-harm."
    ),
    CommentReport.Reason.MISLEADING: gettext_lazy(
        "Fake news, fake emergencies, a public figure shown doing what they never did."
    ),
    CommentReport.Reason.PRIVACY: gettext_lazy(
        "Someone's private information, or an image of them shared without consent."
    ),
    CommentReport.Reason.OTHER: gettext_lazy("Something else the guidelines do not allow."),
}


@login_required
def comment_report(request: HttpRequest, comment_id: int) -> HttpResponse:
    """The report form: a guideline category, an optional note, then a confirmation."""
    reporter = request_user(request)
    comment = selectors.comment_get_for_viewer(comment_id=comment_id, viewer=reporter)
    back = (
        reverse("videos:detail", kwargs={"video_id": comment.video_id}) + f"#comment-{comment.pk}"
    )
    error, reported = "", None
    if request.method == "POST":
        try:
            reported = services.comment_report(
                reporter=reporter,
                comment=comment,
                reason=request.POST.get("reason", ""),
                text=request.POST.get("text", ""),
            )
        except ApplicationError as refusal:
            error = refusal.message
    return render(
        request,
        "comments/report.html",
        {
            "comment": comment,
            "back": back,
            "reasons": [
                (value, label, REPORT_REASON_HELP[value])
                for value, label in CommentReport.Reason.choices
            ],
            "chosen": request.POST.get("reason", ""),
            "note": request.POST.get("text", ""),
            "note_max": REPORT_NOTE_MAX_LENGTH,
            "error": error,
            "reported": reported,
            "thanks": errors.REPORT_THANKS,
        },
        status=422 if error else 200,
    )
