from django.apps import AppConfig


class NotificationsConfig(AppConfig):
    name = "apps.notifications"
    label = "notifications"
    verbose_name = "Notifications"

    def ready(self) -> None:
        from apps.notifications import erasure

        erasure.register()
        # Moderation announces its decisions through a signal, so that it never imports this
        # app; every announcement becomes a stored notification.
        from apps.moderation.signals import moderation_notice
        from apps.notifications.receivers import moderation_notice_store

        moderation_notice.connect(
            moderation_notice_store, dispatch_uid="notifications.moderation_notice_store"
        )
        from apps.accounts.exports import data_export_ready
        from apps.notifications.receivers import data_export_ready_store

        data_export_ready.connect(
            data_export_ready_store, dispatch_uid="notifications.data_export_ready_store"
        )
        from django.db.models.signals import post_delete, post_save

        from apps.notifications.models import Notification
        from apps.notifications.receivers import notification_changed

        for signal in (post_save, post_delete):
            signal.connect(
                notification_changed, sender=Notification, dispatch_uid="notifications.pages"
            )
