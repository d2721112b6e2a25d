"""Each caption's ``tsvector`` kept in a column of ``videos_video`` (PostgreSQL only), with its
GIN index, so that ranking a match (``ts_rank``) reads the stored vector instead of parsing and
stemming the caption again for every matching row (``search.backends.text_match``).

A trigger fills the column on insert and whenever ``caption`` is written, with the same
``clipmix_search`` configuration (``unaccent``, then English stemming) the queries use. A
trigger rather than a generated column: PostgreSQL refuses to change the type of a column a
generated column reads, so a later ``AlterField`` of ``caption`` would fail there. The model
does not declare the column; nothing but search reads it. The expression index of 0001 goes:
the column's index replaces it. Each operation is a no-op on SQLite, which searches the folded
caption itself (``backends.text_match``)."""

from django.db import migrations

from apps.search.migrations._postgres import PostgresSQL

FILL = """
CREATE FUNCTION clipmix_video_caption_search_vector() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.caption_search_vector := to_tsvector('clipmix_search'::regconfig, COALESCE(NEW.caption, ''));
    RETURN NEW;
END
$$;
ALTER TABLE videos_video ADD COLUMN caption_search_vector tsvector;
CREATE TRIGGER search_video_caption_vector
    BEFORE INSERT OR UPDATE OF caption ON videos_video
    FOR EACH ROW EXECUTE FUNCTION clipmix_video_caption_search_vector();
UPDATE videos_video
    SET caption_search_vector = to_tsvector('clipmix_search'::regconfig, COALESCE(caption, ''));
CREATE INDEX search_video_caption_vector ON videos_video USING gin (caption_search_vector);
DROP INDEX IF EXISTS search_video_caption_fts;
"""

UNFILL = """
CREATE INDEX IF NOT EXISTS search_video_caption_fts ON videos_video USING gin
    (to_tsvector('clipmix_search'::regconfig, COALESCE(caption, '')));
DROP TRIGGER IF EXISTS search_video_caption_vector ON videos_video;
ALTER TABLE videos_video DROP COLUMN IF EXISTS caption_search_vector;
DROP FUNCTION IF EXISTS clipmix_video_caption_search_vector();
"""


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("videos", "0001_initial"),
    ]

    operations = [PostgresSQL(FILL, UNFILL)]
