from django.dispatch import Signal

# Sent after commit whenever a person should hear about a moderation outcome (a rejection, a
# strike, a suspension, an appeal's decision). Keyword arguments: ``user_id``, ``kind``, ``text``,
# ``url``. The notifications app stores each as a notification, which also reaches the user's
# open pages live.
moderation_notice = Signal()
