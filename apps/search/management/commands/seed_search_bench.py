"""Generates accounts, videos, hashtags, follows, likes and remixes for the search benchmark
(``bench/search.py``): multilingual captions with accents, a mix of visibilities and remix
settings, engagement spread over the last week. Rows only; the videos have no files."""

import random
import re
from datetime import timedelta
from typing import Any

from django.contrib.auth.hashers import make_password
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from apps.accounts.models import Follow, User
from apps.comments.models import Comment
from apps.privacy.models import RemixAudience, VideoPrivacy, Visibility
from apps.search.query import fold
from apps.videos.models import Hashtag, Like, Video


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _words(
    """
    Ana José Zoë Chloé Björn Øystein Renée Inés Łukasz Noémie Ramón Aïcha Kai Mia Léa
    Jürgen Sofía Nuño Çağla Emre
    """
)
LAST_NAMES = _words(
    """
    García Müller Dubois Søndergaard Nowak Öztürk Peña Côté Smith Rossi Kowalski Brontë
    Núñez Lefèvre
    """
)
WORDS = _words(
    """
    sunset beach café montaña playa fête crème brûlée sommer straße paella jalapeño garçon
    naïve piñata déjà vu façade smörgåsbord über añejo golden hour dance cooking recipe
    street skate surf mountain river city night morning coffee tea pizza pasta tortilla
    fútbol música fiesta cielo été hiver primavera noël
    """
)
TAGS = _words(
    """
    café fútbol música fiesta été noël paella dance cooking golden surf skate travel vegan
    crème playa montaña straße naïve piñata
    """
)


def _handle_part(name: str) -> str:
    return re.sub(r"[^a-z]", "", fold(name))[:5]


class Command(BaseCommand):
    help = "Generate accounts and videos to benchmark search and discover (rows only)."

    def add_arguments(self, parser: Any) -> None:
        parser.add_argument("--accounts", type=int, default=5000)
        parser.add_argument("--videos", type=int, default=10000)
        parser.add_argument("--seed", type=int, default=22)

    @transaction.atomic
    def handle(self, *args: Any, accounts: int, videos: int, seed: int, **options: Any) -> None:
        if accounts < 10 or videos < 1:
            raise CommandError("Give at least 10 accounts and 1 video.")
        if User.objects.filter(username__startswith="sb_").exists():
            raise CommandError("Benchmark accounts exist already (handles starting sb_).")
        rng = random.Random(seed)  # noqa: S311 (reproducible data, not secrets)
        now = timezone.now()
        password = make_password(None)
        users = User.objects.bulk_create(
            User(
                username=f"sb_{_handle_part(rng.choice(FIRST_NAMES))}{n}",
                email=f"sb{n}@example.com",
                display_name=f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                password=password,
                date_joined=now - timedelta(days=rng.uniform(0, 120)),
            )
            for n in range(accounts)
        )
        tags = {name: Hashtag.objects.get_or_create(name=name)[0] for name in TAGS}
        tags.update(
            {
                f"{name}{n}": tag
                for n in range(40)
                for name in [rng.choice(TAGS)]
                for tag in [Hashtag.objects.get_or_create(name=f"{name}{n}")[0]]
            }
        )
        tag_names = list(tags)
        rows, video_tags = [], []
        for n in range(videos):
            chosen = rng.sample(tag_names, k=rng.randint(0, 3))
            words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(3, 9)))
            rows.append(
                Video(
                    owner=rng.choice(users),
                    caption=f"{words} {' '.join('#' + t for t in chosen)}".strip(),
                    file=f"videos/bench-{n}.mp4",
                    status=Video.Status.READY,
                    container="mp4",
                    codec="h264",
                    duration=10.0,
                    width=720,
                    height=1280,
                    size_bytes=1_000_000,
                    likes_count=0,
                )
            )
            video_tags.append(chosen)
        created = Video.objects.bulk_create(rows)
        Video.hashtags.through.objects.bulk_create(
            Video.hashtags.through(video_id=video.pk, hashtag_id=tags[name].pk)
            for video, names in zip(created, video_tags, strict=True)
            for name in names
        )
        visibilities = [Visibility.PUBLIC] * 8 + [Visibility.FOLLOWERS, Visibility.PRIVATE]
        audiences = [RemixAudience.EVERYONE] * 3 + [RemixAudience.FOLLOWERS, RemixAudience.NO_ONE]
        VideoPrivacy.objects.bulk_create(
            VideoPrivacy(
                video=video,
                visibility=rng.choice(visibilities),
                remix_audience=rng.choice(audiences),
            )
            for video in created
        )
        follows = {
            (follower.pk, followee.pk)
            for follower in users
            for followee in rng.sample(users, k=10)
            if follower.pk != followee.pk
        }
        Follow.objects.bulk_create(Follow(follower_id=a, followee_id=b) for a, b in follows)
        likes = {(rng.choice(users).pk, rng.choice(created).pk) for _ in range(videos * 3)}
        Like.objects.bulk_create(Like(user_id=u, video_id=v) for u, v in likes)
        remixes = [
            Comment(
                video=rng.choice(created[: max(1, videos // 10)]),
                author=rng.choice(users),
                image="comments/bench-remix.jpg",
            )
            for _ in range(videos // 5)
        ]
        Comment.objects.bulk_create(remixes)
        # Spread videos and engagement over the last week, so that the day and week differ.
        for model in (Video, Like, Comment):
            for day in range(7):
                model.objects.alias(bucket=F("pk") % 7).filter(bucket=day).update(
                    created_at=now - timedelta(days=day, minutes=rng.randint(1, 600))
                )
        self.stdout.write(
            f"{len(users)} accounts, {len(created)} videos, {len(tags)} hashtags, "
            f"{len(follows)} follows, {len(likes)} likes, {len(remixes)} remixes"
        )
