from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.credentials import email_verification_due
from apps.accounts.http import request_user, request_viewer
from apps.accounts.models import RemixesInComments, User
from apps.comments import selectors as comment_selectors
from apps.comments.threads import comment_threads_for_page, comments_version_name
from apps.core.errors import ApplicationError
from apps.core.pagecache import page_cached
from apps.privacy import policy
from apps.privacy import selectors as privacy_selectors
from apps.privacy import services as privacy_services
from apps.privacy.forms import RemixChoiceForm
from apps.videos import selectors, services
from apps.videos.forms import UploadForm
from apps.videos.pages import feed_versions, video_page_versions
from apps.videos.uploads import upload_limit_install, upload_was_too_large


def _feed_tab(request: HttpRequest) -> str:
    tab = request.GET.get("tab", "for_you")
    return tab if tab in selectors.FEED_TABS else "for_you"


@page_cached(versions=feed_versions, query={"tab": selectors.FEED_TABS})
@require_safe
def feed(request: HttpRequest) -> HttpResponse:
    tab = _feed_tab(request)
    viewer = request_viewer(request)
    page = privacy_selectors.feed_page(
        tab=tab, viewer=viewer, cursor=None, limit=settings.CLIPMIX_FEED_PAGE_SIZE
    )
    return render(request, "videos/feed.html", {"tab": tab, "page": page})


@require_safe
def feed_more(request: HttpRequest) -> HttpResponse:
    """The next feed items as an HTML fragment, for infinite scroll."""
    tab = _feed_tab(request)
    page = privacy_selectors.feed_page(
        tab=tab,
        viewer=request_viewer(request),
        cursor=request.GET.get("cursor"),
        limit=settings.CLIPMIX_FEED_PAGE_SIZE,
    )
    return render(request, "videos/_feed_items.html", {"tab": tab, "page": page})


@csrf_exempt  # checked by _upload once the upload limit is in place
@login_required
def upload(request: HttpRequest) -> HttpResponse:
    upload_limit_install(request, limit=settings.CLIPMIX_VIDEO_MAX_BYTES)
    return _upload(request)


def _remix_choice_form(request: HttpRequest, user: User) -> RemixChoiceForm | None:
    """The first upload's question, "who may remix your videos, and which kinds" (no silent
    default), preselected with the account's defaults (the site's for a new account). A post
    without ``remix_choice`` (a script that predates the question) keeps those defaults."""
    if not privacy_selectors.remix_choice_due(user=user):
        return None
    if request.method == "POST" and request.POST.get("remix_choice"):
        return RemixChoiceForm(request.POST)
    defaults = privacy_selectors.account_privacy_get(user=user)
    return RemixChoiceForm(initial=defaults.values())


@csrf_protect  # the CSRF check reads the body, so it runs after the limit is installed
def _upload(request: HttpRequest) -> HttpResponse:
    user = request_user(request)
    # A POST is always a bound form: one refused for its declared size has no fields at all.
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    choice = _remix_choice_form(request, user)
    answered = choice if choice is not None and choice.is_bound else None
    refused_status = 400  # 503 when the media storage could not take the file
    if request.method == "POST" and form.is_valid() and (answered is None or answered.is_valid()):
        try:
            if upload_was_too_large(request):
                raise services.video_too_large_error()
            # The answer becomes the defaults the new video copies; refused upload, no answer.
            with transaction.atomic():
                if answered is not None:
                    privacy_services.account_privacy_update(user=user, **answered.cleaned_data)
                video = services.video_upload(
                    owner=user,
                    upload=form.cleaned_data["file"],
                    caption=form.cleaned_data["caption"],
                )
        except ApplicationError as error:
            refused_status = 503 if error.status == 503 else 400
            if error.extra.get("fields") and answered is not None:
                answered.add_service_error(error)
            else:
                field = "caption" if error.code == "caption_too_long" else "file"
                form.add_error(field, error.message)
        else:
            text = _("Your video is up. Its Privacy button sets who can watch, comment and remix.")
            if answered is not None:
                text += " " + _(
                    "Who may remix it is now your default for every video you post: change it "
                    "any time in Settings, Privacy."
                )
            messages.success(request, text)
            if request.headers.get("Accept") == "application/json":  # upload.js, see there
                location = reverse("videos:detail", kwargs={"video_id": video.pk})
                return JsonResponse({"location": location}, status=201)
            return redirect("videos:detail", video_id=video.pk)
    invalid = form.is_bound and bool(form.errors or (answered is not None and answered.errors))
    return render(
        request,
        "videos/upload.html",
        {
            "form": form,
            "choice": choice,
            "max_bytes": settings.CLIPMIX_VIDEO_MAX_BYTES,
            # Said before a file is chosen rather than after it is sent.
            "unverified": email_verification_due(user=user),
        },
        status=refused_status if invalid else 200,
    )


@page_cached(
    versions=lambda video_id: [*video_page_versions(video_id), comments_version_name(video_id)],
    query={"remixes": RemixesInComments.values},
)
@require_safe
def detail(request: HttpRequest, video_id: int) -> HttpResponse:
    viewer = request_viewer(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=viewer)
    comment_decision = policy.can_comment(viewer, video)
    # "AI remixes hidden · show" links here with ``?remixes=all``: for this page view only.
    override = request.GET.get("remixes")
    remixes = comment_selectors.remix_filter_for(
        viewer=viewer, override=override if override in RemixesInComments.values else None
    )
    comments = (
        comment_threads_for_page(
            request=request,
            video=video,
            viewer=viewer,
            may_reply=bool(comment_decision),
            remixes=remixes,
        )
        if video.is_ready
        else None
    )
    return render(
        request,
        "videos/detail.html",
        {
            "video": video,
            "comments": comments,
            "remixes": remixes.mode,
            "remixes_overridden": bool(override in RemixesInComments.values),
            "remixes_choices": RemixesInComments.choices,
            "comment_decision": comment_decision,
            "remix_decision": policy.can_remix(viewer, video),
            "can_manage": policy.can_manage_video(viewer, video),
            "owner": video.owner,
        },
    )


@login_required
@require_POST
def like(request: HttpRequest, video_id: int) -> HttpResponse:
    user = request_user(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=user)
    if request.POST.get("intent") == "unlike":
        services.like_delete(user=user, video=video)
    elif video.is_ready:
        services.like_create(user=user, video=video)
    return redirect("videos:detail", video_id=video.pk)


@login_required
@require_POST
def delete(request: HttpRequest, video_id: int) -> HttpResponse:
    user = request_user(request)
    video = privacy_selectors.video_get_for_owner(video_id=video_id, user=user)
    services.video_delete(video=video)
    messages.info(request, _("Video deleted."))
    return redirect("accounts:profile", handle=user.username)


@require_safe
def hashtag(request: HttpRequest, name: str) -> HttpResponse:
    videos = privacy_selectors.videos_with_hashtag(name=name, viewer=request_viewer(request))[:60]
    return render(request, "videos/hashtag.html", {"name": name.lower(), "videos": videos})
