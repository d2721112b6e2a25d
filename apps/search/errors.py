QUERY_TOO_LONG = "Search for at most {limit} characters."
QUERY_ONLY_STOP_WORDS = (
    "Those words are too common to search for on their own. Add a name, a word or a hashtag."
)
QUERY_EMPTY = "Type something to search for."
UNKNOWN_TYPE = "Search for people, videos or hashtags."
INVALID_CURSOR = "That page of results is not valid."
