"""What the privacy app announces. It never imports the apps that listen.

``video_privacy_changed`` is sent after the transaction that changed the settings commits, with
``video_ids``: the videos whose settings changed. The remix app re-checks its jobs in flight
for those videos and cancels the ones no longer allowed.
"""

from django.dispatch import Signal

video_privacy_changed = Signal()
