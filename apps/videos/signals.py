"""What the videos app announces. It never imports the apps that listen.

``video_created`` is sent inside the transaction that stores a new video (``video``): a
receiver's rows commit or roll back with it. The privacy app gives the video its settings
(a copy of its owner's defaults), so every stored video has them.
"""

from django.dispatch import Signal

video_created = Signal()
