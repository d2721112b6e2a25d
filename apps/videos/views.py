from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.decorators.http import require_POST, require_safe

from apps.accounts.http import request_user, request_viewer
from apps.comments.threads import comment_threads_for_page
from apps.core.errors import ApplicationError
from apps.privacy import policy
from apps.privacy import selectors as privacy_selectors
from apps.videos import selectors, services
from apps.videos.forms import UploadForm
from apps.videos.uploads import upload_limit_install, upload_was_too_large


def _feed_tab(request: HttpRequest) -> str:
    tab = request.GET.get("tab", "for_you")
    return tab if tab in selectors.FEED_TABS else "for_you"


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


@csrf_protect  # the CSRF check reads the body, so it runs after the limit is installed
def _upload(request: HttpRequest) -> HttpResponse:
    # A POST is always a bound form: one refused for its declared size has no fields at all.
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        try:
            if upload_was_too_large(request):
                raise services.video_too_large_error()
            video = services.video_upload(
                owner=request_user(request),
                upload=form.cleaned_data["file"],
                caption=form.cleaned_data["caption"],
            )
        except ApplicationError as error:
            form.add_error("caption" if error.code == "caption_too_long" else "file", error.message)
        else:
            messages.success(
                request,
                _("Your video is up. Its Privacy button sets who can watch, comment and remix."),
            )
            return redirect("videos:detail", video_id=video.pk)
    status = 400 if form.is_bound and form.errors else 200
    return render(
        request,
        "videos/upload.html",
        {"form": form, "max_bytes": settings.CLIPMIX_VIDEO_MAX_BYTES},
        status=status,
    )


@require_safe
def detail(request: HttpRequest, video_id: int) -> HttpResponse:
    viewer = request_viewer(request)
    video = privacy_selectors.video_get_for_viewer(video_id=video_id, viewer=viewer)
    comment_decision = policy.can_comment(viewer, video)
    comments = (
        comment_threads_for_page(
            request=request, video=video, viewer=viewer, may_reply=bool(comment_decision)
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
