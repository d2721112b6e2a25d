"""The Celery app: one queue per kind of work, JSON only, at-least-once delivery.

Queues: ``default``, ``media`` (video processing), ``remix`` (generation, GPU workers) and
``moderation`` (screening). A task is acknowledged only after it finishes and is requeued if its
worker dies, so every task must be idempotent.
"""

import os

from celery import Celery
from kombu import Queue

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

QUEUES = ("default", "media", "remix", "moderation")

app = Celery("clipmix")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.conf.update(
    task_queues=[Queue(name) for name in QUEUES],
    task_default_queue="default",
    task_routes={
        # Exact names win over the patterns below: the periodic check must not wait behind
        # generations on the GPU workers.
        "apps.remix.tasks.remix_jobs_stalled_requeue": {"queue": "default"},
        "apps.videos.tasks.*": {"queue": "media"},
        "apps.remix.tasks.*": {"queue": "remix"},
        "apps.moderation.tasks.*": {"queue": "moderation"},
    },
    task_serializer="json",
    result_serializer="json",
    accept_content=["json"],
    task_acks_late=True,
    task_reject_on_worker_lost=True,
    worker_prefetch_multiplier=1,
    task_track_started=True,
    broker_connection_retry_on_startup=True,
)


app.autodiscover_tasks()
