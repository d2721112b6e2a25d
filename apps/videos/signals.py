"""What the videos app announces. It never imports the apps that listen.

``video_created`` is sent inside the transaction that stores a new video (``video``): a
receiver's rows commit or roll back with it. The privacy app gives the video its settings
(a copy of its owner's defaults), so every stored video has them.

``video_deleted`` is sent after the transaction that deleted a video commits, with ``video_id``
and ``owner_id``. The remix app ends the remixes that were on their way or published (their
rows keep ``video=None``), closes the moderation cases of held ones and tells their requesters.
"""

from django.dispatch import Signal

video_created = Signal()
video_deleted = Signal()
