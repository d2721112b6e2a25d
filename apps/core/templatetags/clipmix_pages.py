from datetime import datetime
from typing import Any

from django import template
from django.utils.safestring import SafeString

from apps.core.pagecache import relative_time as _relative_time

register = template.Library()


@register.simple_tag(takes_context=True)
def relative_time(context: dict[str, Any], value: datetime) -> SafeString | str:
    """``value|naturaltime``, which a page stored whole by the page cache gets written in
    per response (``apps.core.pagecache``)."""
    return _relative_time(context.get("request"), value)
