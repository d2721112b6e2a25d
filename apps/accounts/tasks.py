from celery import shared_task

from apps.accounts import mail


@shared_task(name="apps.accounts.tasks.account_mail_send", acks_late=True)
def account_mail_send(user_id: int, kind: str) -> bool:
    """Runs on the ``default`` queue. A redelivery may send a message twice, which is harmless
    (each link is valid on its own)."""
    return mail.account_mail_send(user_id=user_id, kind=kind)
