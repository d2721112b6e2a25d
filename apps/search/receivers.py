"""What makes the discover sections shared by every viewer stale: anything that may hide what
they were computed from. The discover version is one of the visibility versions
(``apps.core.cache.visibility_version_register``), which the receivers that own the rows bump
in the same call as their pages' versions, and only when something may have become hidden or
shown: a video's status or privacy, its deletion, a comment's or remix's status (one by one or
taken down in bulk) or deletion, an account's activity or deletion. New engagement does not
bump (trending catches up within ``CLIPMIX_DISCOVER_CACHE_SECONDS``; showing it late hides
nothing), and a block does not either: it concerns one viewer, whose sections are checked at
every render (their kept copy of the page is filed under their own version, which a block
either way draws anew: ``apps.core.pagecache.viewer_pages_bump``)."""

from apps.core.cache import visibility_version_register
from apps.search.selectors.discover import DISCOVER_VERSION


def discover_version_register() -> None:
    visibility_version_register(DISCOVER_VERSION)
