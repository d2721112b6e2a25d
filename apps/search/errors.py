from django.utils.translation import gettext_lazy as _

QUERY_TOO_LONG = _("Search for at most {limit} characters.")
QUERY_ONLY_STOP_WORDS = _(
    "Those words are too common to search for on their own. Add a name, a word or a hashtag."
)
QUERY_EMPTY = _("Type something to search for.")
UNKNOWN_TYPE = _("Search for people, videos or hashtags.")
INVALID_CURSOR = _("That page of results is not valid.")
