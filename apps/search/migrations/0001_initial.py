"""PostgreSQL's search machinery: the extensions, an immutable ``clipmix_unaccent`` (indexes may
only use immutable functions, and ``unaccent`` is not), the ``clipmix_search`` text search
configuration (accents folded, then English stemming and stop words) and the indexes search
uses. Each SQL operation is a no-op on SQLite, whose search needs none of this."""

from django.contrib.postgres.operations import TrigramExtension, UnaccentExtension
from django.db import migrations

from apps.search.migrations._postgres import PostgresSQL

UNACCENT_FUNCTION = """
CREATE OR REPLACE FUNCTION clipmix_unaccent(text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$
"""

TEXT_SEARCH_CONFIGURATION = """
CREATE TEXT SEARCH CONFIGURATION clipmix_search (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION clipmix_search
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH public.unaccent, english_stem;
"""

# The expressions are written exactly as the search backend's queries render them, so that
# the planner matches them to these indexes.
INDEXES = {
    "search_video_caption_fts": "videos_video USING gin "
    "(to_tsvector('clipmix_search'::regconfig, COALESCE(caption, '')))",
    "search_user_handle_trgm": "accounts_user USING gin (username gin_trgm_ops)",
    "search_user_name_trgm": "accounts_user USING gin "
    "(clipmix_unaccent(lower(display_name)) gin_trgm_ops)",
    "search_hashtag_name_trgm": "videos_hashtag USING gin "
    "(clipmix_unaccent(lower(name)) gin_trgm_ops)",
}


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("accounts", "0002_user_remix_suspended_until"),
        ("videos", "0001_initial"),
    ]

    operations = [
        TrigramExtension(),
        UnaccentExtension(),
        PostgresSQL(UNACCENT_FUNCTION, "DROP FUNCTION IF EXISTS clipmix_unaccent(text)"),
        PostgresSQL(
            TEXT_SEARCH_CONFIGURATION, "DROP TEXT SEARCH CONFIGURATION IF EXISTS clipmix_search"
        ),
        *(
            PostgresSQL(f"CREATE INDEX {name} ON {target}", f"DROP INDEX IF EXISTS {name}")
            for name, target in INDEXES.items()
        ),
    ]
