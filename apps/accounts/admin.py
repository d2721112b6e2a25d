from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import UserChangeForm, UserCreationForm
from django.http import HttpRequest

from apps.accounts.models import ApiToken, Block, BrowserSession, Follow, User


class UserAddForm(UserCreationForm):
    class Meta(UserCreationForm.Meta):
        model = User
        fields = ("username", "email")


class UserEditForm(UserChangeForm):
    class Meta(UserChangeForm.Meta):
        model = User


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    add_form = UserAddForm
    form = UserEditForm
    list_display = ["username", "email", "display_name", "is_verified", "is_staff", "date_joined"]
    list_filter = ["is_verified", "is_staff", "is_active", "date_joined"]
    search_fields = ["username", "email", "display_name"]
    ordering = ["-date_joined"]
    fieldsets = (
        (None, {"fields": ("username", "password")}),
        (
            "Profile",
            {
                "fields": (
                    "display_name",
                    "email",
                    "email_verified_at",
                    "bio",
                    "avatar",
                    "is_verified",
                )
            },
        ),
        ("Remixes", {"fields": ("remix_suspended_until",)}),
        (
            "Permissions",
            {"fields": ("is_active", "is_staff", "is_superuser", "groups", "user_permissions")},
        ),
        ("Important dates", {"fields": ("last_login", "date_joined")}),
    )
    # Suspensions are set by strikes and lifted under Moderation, Remix suspensions (audited).
    readonly_fields = ["remix_suspended_until"]
    add_fieldsets = (
        (None, {"classes": ("wide",), "fields": ("username", "email", "password1", "password2")}),
    )


@admin.register(Follow)
class FollowAdmin(admin.ModelAdmin):
    list_display = ["follower", "followee", "created_at"]
    search_fields = ["follower__username", "followee__username"]
    raw_id_fields = ["follower", "followee"]
    list_select_related = ["follower", "followee"]


@admin.register(Block)
class BlockAdmin(admin.ModelAdmin):
    list_display = ["blocker", "blocked", "created_at"]
    search_fields = ["blocker__username", "blocked__username"]
    raw_id_fields = ["blocker", "blocked"]
    list_select_related = ["blocker", "blocked"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    """Tokens can be looked at and revoked (deleted) here; their keys were never stored."""

    list_display = ["prefix", "user", "name", "client", "created_at", "last_used_at", "expires_at"]
    search_fields = ["user__username", "prefix", "name"]
    list_select_related = ["user"]
    readonly_fields = ["user", "prefix", "digest", "name", "client", "created_at", "last_used_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False


@admin.register(BrowserSession)
class BrowserSessionAdmin(admin.ModelAdmin):
    list_display = ["user", "client", "ip_address", "created_at", "last_seen_at"]
    search_fields = ["user__username"]
    list_select_related = ["user"]
    readonly_fields = ["user", "session_key", "client", "ip_address", "created_at", "last_seen_at"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False

    # Deleting the row would leave the session itself alive: its owner ends it in Security.
    def has_delete_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
