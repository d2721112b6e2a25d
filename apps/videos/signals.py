"""What the videos app announces. It never imports the apps that listen.

``video_deleted`` is sent after the transaction that deleted a video commits, with ``video_id``
and ``owner_id``. The remix app ends the remixes that were on their way or published (their
rows keep ``video=None``), closes the moderation cases of held ones and tells their requesters.
"""

from django.dispatch import Signal

video_deleted = Signal()
