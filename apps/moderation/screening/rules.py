"""The guideline rules, compiled for matching and cached per process.

Rules live in the database (``GuidelineRule``, ``PublicFigure``, plus every verified account)
and change when a moderator edits them in admin. Each process keeps one compiled ``RuleSet``
and rebuilds it when the version stored in Django's cache changes (``rules_invalidate()`` bumps
it, from whichever process saved the edit) or when it is older than ``RULES_TTL_SECONDS``, so
that newly verified accounts are seen without anyone invalidating anything.

Rule syntax, all over ``normalize()``d text: ``phrases`` match at word boundaries, tolerate
stretched letters and any punctuation between words, and a trailing ``*`` matches any ending;
``patterns`` are regular expressions in which ``@public_figure`` stands for any public figure's
name; ``all_of`` is a list of groups that must all match, each a list of phrases (or of
``re:<regex>`` terms), the group ``["@public_figure"]`` matching any public figure; a rule's
``exceptions`` (phrases) are blanked out before any of its matchers run.
"""

import functools
import logging
import re
import threading
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import numpy as np
from django.core.cache import cache

from apps.moderation.screening.normalize import normalize

logger = logging.getLogger(__name__)

VERSION_KEY = "moderation:rules:version"
RULES_TTL_SECONDS = 60.0
PUBLIC_FIGURE = "@public_figure"
DEFAULT_SEMANTIC_THRESHOLD = 0.62
# A semantic match must also sit closer to the rule than to every benign anchor by this much.
BENIGN_MARGIN = 0.02
# Names this short are too likely to be ordinary words to count as a public figure.
MIN_NAME_LENGTH = 4


@lru_cache(maxsize=65536)
def _phrase_regex(phrase: str) -> str:
    """A phrase in the normalised form, tolerant of any punctuation between its words and of
    stretched letters (normalising cuts any run of one letter to three: "nuuuude" is "nuuude",
    which "nude" matches, while "blod" still does not match "blood"); a trailing ``*`` matches
    any ending (``desnud*``)."""
    stem = phrase.strip()
    open_end = stem.endswith("*")
    text = normalize(stem.rstrip("*").strip())
    parts = []
    for run in re.finditer(r"(.)\1*", text, flags=re.DOTALL):
        ch, length = run.group(1), len(run.group(0))
        if ch.isspace():
            parts.append(r"[\W_]+")
        elif ch.isalpha() and length < 3:
            letter = re.escape(ch)
            parts.append(
                f"{letter}(?:{letter}{letter})?" if length == 1 else f"{letter * 2}{letter}?"
            )
        else:
            parts.append(re.escape(run.group(0)))
    body = "".join(parts)
    return body + (r"\w*" if open_end else "")


def phrases_regex(phrases: Iterable[str]) -> str | None:
    """One alternation of the phrases at word boundaries, longest first; None when empty."""
    alternatives = sorted(
        {_phrase_regex(p) for p in phrases if p and p.strip("* ")}, key=len, reverse=True
    )
    if not alternatives:
        return None
    return r"(?<!\w)(?:" + "|".join(alternatives) + r")(?!\w)"


@lru_cache(maxsize=1024)
def regex_compile(regex: str) -> re.Pattern[str]:
    """Compiled once per process: a reload after an edit (or the TTL) recompiles only what
    changed."""
    return re.compile(regex)


def phrases_compile(phrases: Iterable[str]) -> re.Pattern[str] | None:
    regex = phrases_regex(phrases)
    return regex_compile(regex) if regex else None


@dataclass(frozen=True)
class CompiledRule:
    slug: str
    category: str
    title: str
    guideline: str
    action: str
    severity: int
    escalate: bool
    certain: bool
    exceptions: re.Pattern[str] | None
    phrases: re.Pattern[str] | None
    patterns: tuple[re.Pattern[str], ...]
    # Each group is a compiled alternation, or None for "any public figure".
    all_of: tuple[re.Pattern[str] | None, ...]
    exemplars: tuple[str, ...]
    semantic_threshold: float

    def without_exceptions(self, text: str) -> str:
        return self.exceptions.sub(" ", text) if self.exceptions else text

    def match(self, text: str, figures: re.Pattern[str] | None) -> list[dict[str, Any]]:
        """What in ``text`` (normalised) fires this rule, as evidence; empty when nothing."""
        text = self.without_exceptions(text)
        fired: list[dict[str, Any]] = []
        if self.phrases and (found := self.phrases.search(text)):
            fired.append({"kind": "phrase", "match": found.group(0)})
        for pattern in self.patterns:
            if found := pattern.search(text):
                fired.append({"kind": "pattern", "pattern": pattern.pattern[:120],
                              "match": found.group(0)})  # fmt: skip
                break
        if self.all_of:
            matches = []
            for group in self.all_of:
                group_regex = figures if group is None else group
                found = group_regex.search(text) if group_regex else None
                if not found:
                    break
                matches.append(found.group(0))
            else:
                fired.append({"kind": "all_of", "match": matches})
        for item in fired:
            item.update(self.describe())
        return fired

    def describe(self) -> dict[str, Any]:
        return {"rule": self.slug, "category": self.category, "action": self.action,
                "severity": self.severity}  # fmt: skip


@dataclass
class RuleSet:
    version: str
    loaded_at: float
    rules: tuple[CompiledRule, ...]
    figures: re.Pattern[str] | None
    figure_count: int
    benign_exemplars: tuple[str, ...]
    # Semantic matching: one row per exemplar (the rules' then the benign anchors'), computed
    # the first time a screen needs it.
    exemplar_owner: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    _matrix: np.ndarray | None = None

    @functools.cached_property
    def certain(self) -> frozenset[str]:
        """The slugs of the rules whose matches the classifier never overrules."""
        return frozenset(rule.slug for rule in self.rules if rule.certain)

    @property
    def exemplars(self) -> list[tuple[int, str]]:
        """(index of the owning rule, or -1 for a benign anchor; sentence) per exemplar row."""
        rows = [(i, text) for i, rule in enumerate(self.rules) for text in rule.exemplars]
        rows += [(-1, text) for text in self.benign_exemplars]
        return rows

    def exemplar_matrix(self) -> np.ndarray:
        if self._matrix is None:
            rows = self.exemplars
            self.exemplar_owner = np.array([owner for owner, _ in rows], dtype=np.int32)
            self._matrix = exemplar_embeddings([text for _, text in rows])
        return self._matrix


# Exemplar sentence -> embedding, kept across rule versions: an edit re-encodes only what changed.
_embedding_memo: dict[str, np.ndarray] = {}


def exemplar_embeddings(sentences: list[str]) -> np.ndarray:
    from apps.moderation.screening.semantic import EMBEDDING_SIZE, encode

    keys = [normalize(sentence) for sentence in sentences]
    missing = sorted({key for key in keys if key not in _embedding_memo})
    if missing:
        for key, vector in zip(missing, encode(missing), strict=True):
            _embedding_memo[key] = vector
    if not keys:
        return np.zeros((0, EMBEDDING_SIZE), dtype=np.float32)
    return np.stack([_embedding_memo[key] for key in keys])


def _figure_names() -> list[str]:
    from apps.accounts.models import User
    from apps.moderation.models import PublicFigure

    names: list[str] = []
    for name, aliases in PublicFigure.objects.filter(enabled=True).values_list("name", "aliases"):
        names.append(name)
        names.extend(alias for alias in aliases or [] if isinstance(alias, str))
    for handle, display_name in User.objects.filter(is_verified=True).values_list(
        "username", "display_name"
    ):
        names.extend([handle, f"@{handle}", display_name])
    usable = set()
    for name in names:
        folded = normalize(name or "")
        if len(folded.replace(" ", "")) >= MIN_NAME_LENGTH:
            usable.add(folded)
            if " " in folded:  # "taylorswift" as a hashtag or a handle
                usable.add(folded.replace(" ", ""))
    return sorted(usable)


# In a pattern, this stands for any public figure's name (it never matches when there is none).
_NO_MATCH = r"(?!x)x"


def _rule_compile(row: Any, figures_regex: str | None) -> CompiledRule:
    groups: list[re.Pattern[str] | None] = []
    for group in row.all_of or []:
        terms = [group] if isinstance(group, str) else list(group)
        if PUBLIC_FIGURE in terms:
            others = [term for term in terms if term != PUBLIC_FIGURE]
            if others:
                raise ValueError(f"{row.slug}: {PUBLIC_FIGURE} must be a group of its own")
            groups.append(None)
        else:
            # A term written "re:<regex>" is a regular expression, any other one a phrase.
            regexes = [term[3:] for term in terms if term.startswith("re:")]
            phrases = phrases_regex(term for term in terms if not term.startswith("re:"))
            groups.append(regex_compile("|".join([*([phrases] if phrases else []), *regexes])))
    threshold = row.semantic_threshold
    return CompiledRule(
        slug=row.slug,
        category=row.category,
        title=row.title,
        guideline=row.guideline,
        action=row.action,
        severity=int(row.severity),
        escalate=bool(row.escalate),
        certain=bool(row.certain),
        exceptions=phrases_compile(row.exceptions or []),
        phrases=phrases_compile(row.phrases or []),
        patterns=tuple(
            regex_compile(pattern.replace(PUBLIC_FIGURE, f"(?:{figures_regex or _NO_MATCH})"))
            for pattern in row.patterns or []
        ),
        all_of=tuple(groups),
        exemplars=tuple(str(text) for text in row.exemplars or []),
        semantic_threshold=DEFAULT_SEMANTIC_THRESHOLD if threshold is None else float(threshold),
    )


def ruleset_build(version: str) -> RuleSet:
    from apps.moderation.models import GuidelineRule
    from apps.moderation.screening.seed import guidelines_data

    names = _figure_names()
    figures_regex = phrases_regex(names)
    figures = regex_compile(figures_regex) if figures_regex else None
    rows = GuidelineRule.objects.filter(enabled=True)
    rules = tuple(_rule_compile(row, figures_regex) for row in rows)
    if not rules:
        raise RuntimeError("No enabled guideline rules: refusing to screen against nothing")
    return RuleSet(
        version=version,
        loaded_at=time.monotonic(),
        rules=rules,
        figures=figures,
        figure_count=len(names),
        benign_exemplars=tuple(guidelines_data().get("benign_exemplars", [])),
    )


_lock = threading.Lock()
_current: RuleSet | None = None


def _shared_version() -> str:
    """The version every process agrees on; a cache outage falls back to the TTL alone."""
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, uuid.uuid4().hex, timeout=None)
            version = cache.get(VERSION_KEY)
        return str(version)
    except Exception:
        logger.exception("Cannot read the guideline rules' version from the cache")
        return _current.version if _current else "local"


def rules_invalidate() -> None:
    """Every process reloads the rules before its next screen (call after an admin edit)."""
    global _current
    with _lock:
        _current = None
    try:
        cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
    except Exception:
        logger.exception("Cannot bump the guideline rules' version; other processes reload by TTL")


def ruleset_current() -> RuleSet:
    global _current
    version = _shared_version()
    current = _current
    if (
        current is not None
        and current.version == version
        and time.monotonic() - current.loaded_at < RULES_TTL_SECONDS
    ):
        return current
    with _lock:
        current = ruleset_build(version)
        if _current is not None and _current._matrix is not None:
            current.exemplar_matrix()  # re-use encoded exemplars now, not during a screen
        _current = current
    return current
