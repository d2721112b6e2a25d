from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "apps.accounts"
    label = "accounts"

    def ready(self) -> None:
        from apps.accounts import erasure, exports, receivers  # noqa: F401 - register, connect
        from apps.core.media import MediaRule, media_rule_register

        # Avatars are public: they show next to every comment and profile.
        media_rule_register("avatars", MediaRule(may_read=_anyone, public=True))


def _anyone(name: str, viewer: object) -> bool:
    return True
