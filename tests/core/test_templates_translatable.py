"""Every word a template shows goes through {% translate %} or {% blocktranslate %}, so a new
page with untranslatable text fails here rather than in front of someone reading French."""

import re
from html.parser import HTMLParser
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
# Names that stay the same in every language.
UNTRANSLATED_WORDS = {"Clipmix", "C2PA", "API", "JSON", "OpenAPI", "ReDoc", "Swagger"}

_COMMENT = re.compile(r"\{#.*?#\}|\{%\s*comment\s*%\}.*?\{%\s*endcomment\s*%\}", re.S)
_BLOCK_TRANSLATE = re.compile(
    r"\{%\s*blocktrans(?:late)?\b.*?%\}.*?\{%\s*endblocktrans(?:late)?\s*%\}", re.S
)
_TAG_OR_VARIABLE = re.compile(r"\{%.*?%\}|\{\{.*?\}\}", re.S)
_LETTERS = re.compile(r"[^\W\d_]+")


def templates() -> list[Path]:
    found = list((ROOT / "templates").rglob("*.html"))
    found += list((ROOT / "apps").glob("*/templates/**/*.html"))
    return sorted(found)


class _TextNodes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.skipping = 0
        self.texts: list[tuple[int, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in {"script", "style"}:
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"} and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.texts.append((self.getpos()[0], data))


def untranslated_text(source: str) -> list[tuple[int, str]]:
    """Visible text nodes with words in them once translate tags, other tags and variables are
    taken out (line numbers kept by blanking, not deleting)."""

    def blank(match: re.Match[str]) -> str:
        return "\n" * match.group(0).count("\n") + " "

    stripped = _COMMENT.sub(blank, source)
    stripped = _BLOCK_TRANSLATE.sub(blank, stripped)
    stripped = _TAG_OR_VARIABLE.sub(blank, stripped)
    parser = _TextNodes()
    parser.feed(stripped)
    parser.close()
    offending = []
    for line, text in parser.texts:
        words = [word for word in _LETTERS.findall(text) if word not in UNTRANSLATED_WORDS]
        if words:
            offending.append((line, " ".join(text.split())))
    return offending


def test_the_check_finds_literal_text_and_accepts_translated_text():
    assert untranslated_text("<p>Hello {{ name }}</p>") == [(1, "Hello")]
    assert untranslated_text("<p>{% translate 'Hello' %} {{ name }}, 3 · 🎉</p>") == []
    counted = "{% blocktranslate count n=n %}one{% plural %}{{ n }} many{% endblocktranslate %}"
    assert untranslated_text(f"<p>{counted}</p>") == []
    assert untranslated_text("<script>const a = 'words';</script>") == []


def test_no_template_shows_text_outside_translate_tags():
    offending = {
        f"{path.relative_to(ROOT)}:{line}": text
        for path in templates()
        for line, text in untranslated_text(path.read_text())
    }
    assert offending == {}
