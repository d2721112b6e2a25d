"""The app can be localised: with a catalogue for a language on LOCALE_PATHS, a request that
asks for it (Accept-Language) reads pages and API errors in it, and English stays the default."""

import struct
from pathlib import Path

import pytest

from apps.search import errors as search_errors

FRENCH = {
    "": "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n > 1);\n",
    "Not found.": "Introuvable.",
    "Search for people, videos or hashtags.": (
        "Cherchez des personnes, des vidéos ou des mots-clés."
    ),
    "Feed": "Fil",
    "Discover": "Découvrir",
}


def mo_write(path: Path, messages: dict[str, str]) -> None:
    """A GNU gettext .mo file (what ``msgfmt`` writes), so the test needs no gettext tools."""
    ids = sorted(messages)
    keys = [msgid.encode() for msgid in ids]
    values = [messages[msgid].encode() for msgid in ids]
    header_size = 7 * 4
    ids_table = header_size
    strs_table = ids_table + len(ids) * 8
    data_start = strs_table + len(ids) * 8
    offsets_ids, offsets_strs, data = [], [], b""
    for key in keys:
        offsets_ids.append((len(key), data_start + len(data)))
        data += key + b"\0"
    for value in values:
        offsets_strs.append((len(value), data_start + len(data)))
        data += value + b"\0"
    header = struct.pack("<7I", 0x950412DE, 0, len(ids), ids_table, strs_table, 0, 0)
    tables = b"".join(struct.pack("<2I", *pair) for pair in offsets_ids + offsets_strs)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(header + tables + data)


@pytest.fixture
def french(settings, tmp_path):
    mo_write(tmp_path / "locale" / "fr" / "LC_MESSAGES" / "django.mo", FRENCH)
    settings.LOCALE_PATHS = [tmp_path / "locale"]
    settings.LANGUAGES = [("en", "English"), ("fr", "Français")]


def test_an_api_error_reads_in_the_language_asked_for(french, client, db):
    response = client.get("/api/v1/does-not-exist/", headers={"accept-language": "fr"})

    assert response.status_code == 404
    assert response.json() == {"message": "Introuvable.", "code": "not_found", "extra": {}}


def test_an_application_error_is_translated_when_raised_in_both_apis(french, client, db):
    rest = client.get(
        "/api/v1/search/", {"q": "cat", "type": "remixes"}, headers={"accept-language": "fr"}
    )
    ninja = client.get("/api/v1/remix/does-not-exist", headers={"accept-language": "fr"})

    assert rest.json()["message"] == "Cherchez des personnes, des vidéos ou des mots-clés."
    assert ninja.json() == {"message": "Introuvable.", "code": "not_found", "extra": {}}


def test_a_page_reads_in_the_language_asked_for(french, client, db):
    page = client.get("/", headers={"accept-language": "fr"}).content.decode()

    assert '<html lang="fr">' in page
    assert '<span class="nav-label">Fil</span>' in page
    assert '<span class="nav-label">Découvrir</span>' in page


def test_english_stays_the_default_and_errors_compare_with_their_constants(french, client, db):
    page = client.get("/", headers={"accept-language": "de"}).content.decode()
    body = client.get("/api/v1/search/", {"q": "cat", "type": "remixes"}).json()

    assert '<html lang="en">' in page
    assert '<span class="nav-label">Feed</span>' in page
    assert body["message"] == search_errors.UNKNOWN_TYPE
    assert isinstance(body["message"], str)
