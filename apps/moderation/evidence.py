"""The screeners' evidence for a case, in words a moderator reads at a glance: which rule fired
(by its title), on which words, how sure the screener was; and the case's text with those words
highlighted."""

import re
from dataclasses import dataclass, field
from typing import Any

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _

from apps.moderation.models import GuidelineRule


@dataclass(frozen=True)
class EvidenceLine:
    """One screener's finding, for the case page."""

    screener: str
    verdict: str
    sentences: list[str]
    words: list[str] = field(default_factory=list)
    error: str = ""
    category: str = ""


def _words(match: Any) -> list[str]:
    if isinstance(match, list):
        return [str(word) for word in match if word]
    return [str(match)] if match else []


def _sentence(match: dict[str, Any], titles: dict[str, str]) -> str:
    sentence = _matched(match, titles)
    if match.get("overruled"):
        sentence += " " + _("The classifier read the text as innocent, so this did not decide.")
    return sentence


def _matched(match: dict[str, Any], titles: dict[str, str]) -> str:
    rule = titles.get(match.get("rule", ""), match.get("rule", "")) or _("a screener")
    words = ", ".join(f"“{word}”" for word in _words(match.get("match")))
    score = match.get("score")
    sure = _(" (score {score:.2f})").format(score=float(score)) if score is not None else ""
    kind = match.get("kind", "")
    if kind == "phrase" and words:
        return _("The words {words} match the rule “{rule}”{sure}.").format(
            words=words, rule=rule, sure=sure
        )
    if kind == "all_of" and words:
        return _("Together, {words} match the rule “{rule}”{sure}.").format(
            words=words, rule=rule, sure=sure
        )
    if kind == "pattern" and words:
        return _("{words} fits a pattern of the rule “{rule}”{sure}.").format(
            words=words, rule=rule, sure=sure
        )
    if kind == "semantic":
        like = match.get("exemplar") or match.get("nearest") or ""
        similar = _(", like “{like}”").format(like=like) if like else ""
        return _("It reads like the rule “{rule}”{similar}{sure}.").format(
            rule=rule, similar=similar, sure=sure
        )
    label = match.get("label") or match.get("class") or kind or _("a finding")
    detail = f" {words}" if words else ""
    return _("{label}{detail} points to the rule “{rule}”{sure}.").format(
        label=str(label).replace("_", " ").capitalize(), detail=detail, rule=rule, sure=sure
    )


def evidence_in_words(screenings: list[dict[str, Any]]) -> list[EvidenceLine]:
    """Each screening of a case as sentences; rule titles in one query."""
    slugs = {
        match.get("rule", "")
        for screening in screenings
        for match in [screening, *screening.get("matches", [])]
        if isinstance(match, dict)
    }
    titles = dict(GuidelineRule.objects.filter(slug__in=slugs).values_list("slug", "title"))
    lines = []
    for screening in screenings:
        matches = [match for match in screening.get("matches", []) if isinstance(match, dict)]
        sentences = [_sentence(match, titles) for match in matches]
        if not sentences and screening.get("rule"):
            rule = titles.get(screening["rule"], screening["rule"])
            sentences = [_("Decided by the rule “{rule}”.").format(rule=rule)]
        lines.append(
            EvidenceLine(
                screener=screening.get("screener") or _("screener"),
                verdict=screening.get("verdict", ""),
                sentences=sentences,
                words=[word for match in matches for word in _words(match.get("match"))],
                error=screening.get("error", ""),
                category=str(screening.get("category", "")).replace("_", " "),
            )
        )
    return lines


def text_highlighted(text: str, words: list[str]) -> SafeString:
    """``text`` escaped, each of ``words`` (as matched, case and accents aside) in <mark>."""
    wanted = sorted({word for word in words if word.strip()}, key=len, reverse=True)
    if not wanted:
        return mark_safe(escape(text))  # noqa: S308 - escaped just now
    pattern = re.compile("|".join(re.escape(word) for word in wanted), re.IGNORECASE)
    parts, last = [], 0
    for found in pattern.finditer(text):
        parts += [escape(text[last : found.start()]), f"<mark>{escape(found.group(0))}</mark>"]
        last = found.end()
    parts.append(escape(text[last:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped
