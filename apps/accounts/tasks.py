from celery import shared_task

from apps.accounts import erasure, exports, mail


@shared_task(name="apps.accounts.tasks.account_mail_send", acks_late=True)
def account_mail_send(user_id: int, kind: str) -> bool:
    """Runs on the ``default`` queue. A redelivery may send a message twice, which is harmless
    (each link is valid on its own)."""
    return mail.account_mail_send(user_id=user_id, kind=kind)


@shared_task(name="apps.accounts.tasks.account_erase_task", acks_late=True)
def account_erase_task(user_id: int) -> bool:
    """Safe to deliver twice, and to run again after a worker died mid-way."""
    return erasure.account_erase(user_id=user_id)


@shared_task(name="apps.accounts.tasks.accounts_erase_due")
def accounts_erase_due() -> int:
    """Celery beat: queue the erasure of every account whose grace period is over."""
    due = erasure.accounts_due_for_erasure()
    for user_id in due:
        account_erase_task.delay(user_id)
    return len(due)


@shared_task(name="apps.accounts.tasks.data_export_build_task", acks_late=True)
def data_export_build_task(export_id: int) -> str | None:
    """Safe to deliver twice: a finished export is left alone, a half-built one rebuilt."""
    try:
        export = exports.data_export_build(export_id=export_id)
    except Exception:
        exports.data_export_fail(export_id=export_id)
        raise
    return export.status if export is not None else None


@shared_task(name="apps.accounts.tasks.data_exports_expire_task")
def data_exports_expire_task() -> int:
    return exports.data_exports_expire()
