import tempfile
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from PIL import Image

from apps.accounts import services as account_services
from apps.accounts.credentials import email_verified_mark
from apps.accounts.models import User
from apps.comments import services as comment_services
from apps.moderation.services.moderators import moderator_grant
from apps.videos import services as video_services
from apps.videos.demo import DEMO_PHOTOS, demo_photo, photo_video_write, synthetic_video_write
from apps.videos.models import Video
from apps.videos.speech import VOICE, speech_engine, voice_problem

DEMO_USERS = [
    # handle, password, display name, staff
    ("demo", "clipmix-demo", "Demo Creator", False),
    ("viewer", "clipmix-viewer", "Demo Viewer", False),
    ("mod", "clipmix-mod", "Demo Moderator", True),
]

# Videos of real people (a pan over a photograph: remix them with a background or a face effect)
# and abstract ones made of moving shapes. The feed shows the newest first, so the abstract ones
# are posted first and a new visitor meets the people at the top.
DEMO_PHOTO_VIDEOS = [
    ("Astronaut", "Suited up for launch day #space #nasa", "astronaut"),
    ("Cameraman", "Getting the shot #film #behindthescenes", "camera"),
]
# What the people in those videos say (spoken offline by Piper's voice from a registry package:
# ``apps.videos.speech``), so that a voice remix of them has a voice to change.
DEMO_SPEECH = {
    "astronaut": "Hello from the launch pad. Today we fly to the space station.",
    "camera": "Quiet on set, please. Rolling. And, action!",
}

DEMO_VIDEOS = [
    ("Sunset", "Golden hour never misses #sunset #chill"),
    ("Morning", "That first morning sip be like #coffee #mood"),
    ("Beach", "Waves on repeat #beach #summer"),
    ("City", "Night lights downtown #city #night"),
    ("Dance", "New move, who's trying it? #dance #challenge"),
    ("Cat", "He knows what he did #cats #funny"),
    ("Bake", "Sourdough attempt number 7 #baking"),
    ("Skate", "Finally landed it #skate"),
    ("Garden", "Tomatoes are in #garden"),
    ("Rain", "Rainy day playlist on #rain #lofi"),
    ("Hike", "Worth every step #hiking #outdoors"),
    ("Study", "Focus mode with @viewer #study"),
]


class Command(BaseCommand):
    help = (
        "Create the demo accounts and a dozen short videos made with PyAV, two of them of real "
        "people from scikit-image's photographs (safe to run again)."
    )

    def handle(self, *args: object, **options: object) -> None:
        users = {
            handle: self._user(handle, password, name, staff)
            for handle, password, name, staff in DEMO_USERS
        }
        creator, viewer = users["demo"], users["viewer"]
        if not Video.objects.filter(owner=creator).exists():
            self._videos(creator, viewer)
            # The demo creator agrees to every kind, face and voice included (new accounts
            # start without those), so that each kind can be tried on the demo videos.
            call_command("privacy_allow_every_kind", creator.username, verbosity=0)
        for handle, password, _, staff in DEMO_USERS:
            role = (
                "moderator, can open /admin/"
                if staff
                else ("creator" if handle == "demo" else "viewer")
            )
            self.stdout.write(f"  log in as {handle} / {password}  ({role})")

    def _user(self, handle: str, password: str, display_name: str, staff: bool) -> User:
        existing = User.objects.filter(username=handle).first()
        if existing is not None:
            return existing
        user = account_services.user_sign_up(
            username=handle,
            email=f"{handle}@example.com",
            password=password,
            display_name=display_name,
        )
        # The demo accounts' addresses are examples: nothing could follow a mailed link.
        email_verified_mark(user=user)
        if staff:
            moderator_grant(user=user)
        self.stdout.write(f"Created @{handle}")
        return user

    def _videos(self, creator: User, viewer: User) -> None:
        account_services.follow_create(follower=viewer, followee=creator)
        photos = [(t, c, demo_photo(name), name) for t, c, name in DEMO_PHOTO_VIDEOS]
        if any(photo is not None for _, _, photo, _ in photos):
            self._speech_say()
        videos: list[tuple[str, str, Image.Image | None, str]] = [
            (title, caption, None, "") for title, caption in DEMO_VIDEOS
        ]
        videos += [(t, c, p, n) for t, c, p, n in photos if p is not None]
        total = len(videos)
        with tempfile.TemporaryDirectory() as folder:
            for index, (title, caption, photo, name) in enumerate(videos):
                self._progress(index, total)
                if photo is not None:
                    path = photo_video_write(
                        Path(folder) / f"{index}.mp4",
                        photo,
                        focus=DEMO_PHOTOS[name][1],
                        seconds=4,
                        title=title,
                        speech=DEMO_SPEECH[name],
                    )
                else:
                    path = synthetic_video_write(
                        Path(folder) / f"{index}.mp4",
                        seconds=3 + index % 3,
                        title=title,
                        hue=index / total,
                    )
                upload = SimpleUploadedFile(f"{title.lower()}.mp4", path.read_bytes(), "video/mp4")
                with transaction.atomic():
                    video = video_services.video_upload(
                        owner=creator, upload=upload, caption=caption
                    )
                video.refresh_from_db()
                if video.is_ready and index % 2 == 0:
                    video_services.like_create(user=viewer, video=video)
                    comment = comment_services.comment_create(
                        author=viewer, video=video, body=f"Love the {title.lower()} vibes!"
                    )
                    comment_services.comment_create(
                        author=creator, video=video, body="Thank you!", parent_id=comment.pk
                    )
            self._progress(total, total)
        self.stdout.write("")

    def _speech_say(self) -> None:
        engine = speech_engine()
        if engine == "piper":
            self.stdout.write(f"The people in the demo videos speak with Piper's {VOICE.name}.")
            return
        self.stdout.write(self.style.WARNING(voice_problem(full=True) or ""))

    def _progress(self, done: int, total: int) -> None:
        width = 24
        filled = round(width * done / total)
        self.stdout.write(
            f"\rDemo videos [{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending=""
        )
        self.stdout.flush()
