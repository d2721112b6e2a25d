"""Text screening: a remix's prompt and caption (together), or a comment, against the guidelines.

Three matchers run over the text. The zero-tolerance check for sexualised minors (``minors.py``)
blocks and escalates whatever else says. The guideline rules (phrases, patterns, co-occurring
terms, public figures: explainable) keep their action, except that the match of a rule that is
not ``certain`` (a phrase list that cannot read context) is overruled where the classifier reads
the text as clearly innocent. The trained classifier (``classifier.py``) gives one probability
per category and blocks, holds or allows by the thresholds chosen on validation. Every match,
and the classifier's category and score, is evidence for the moderators. Block beats review;
among blocks the rules' and the most severe category decide. Whatever goes wrong, the answer is
``review``, never ``allow``.
"""

import logging
import re
from typing import Any

from apps.moderation.models import Category, Verdict
from apps.moderation.screening.classifier import classifier_current, scores_decide
from apps.moderation.screening.minors import (
    innocent_uses_blanked,
    minor_indication,
    minors_sexualised,
)
from apps.moderation.screening.normalize import normalize
from apps.moderation.screening.result import Screening, screening_failed
from apps.moderation.screening.rules import CompiledRule, RuleSet, ruleset_current

logger = logging.getLogger(__name__)

SCREENER = "text"
ZERO_TOLERANCE = "zero_tolerance"
CLASSIFIER = "classifier"
# With an indication of a minor, this much probability of a sexual category is zero tolerance.
MINOR_SEXUAL_PROBABILITY = 0.2
# ...and the sexual probability of the same text with the minor's words replaced by "person" must
# reach this. Chosen on validation (v2): the lowest such reading of a minor_sexual row the word
# check misses is 0.121; innocent rows (w6) reach up to 0.451, so the classifier alone cannot
# separate them all (docs/moderation.md).
MINOR_SEXUAL_INTENT = 0.1
# A match of a rule that is not ``certain`` is kept as evidence but not acted on where the
# classifier reads the text (and its caption alone, where read) as at most this harmful. Chosen
# on set G1 (300 rows written blind for it, 2026-12-04; validation cannot judge it, the head is
# refitted there): the rules refused four of its innocent texts ("nude lipstick shade",
# "i murdered these cookies") that the classifier read at 0.006-0.026, the next innocent one
# read at 0.116, and every harmful text only a rule caught at 0.4 or more: any value from 0.03
# to 0.11 decides G1 the same, 0.12 to 0.41 one innocent text better; the low end is kept, as
# the safe side, until a larger decision set says more.
OVERRULE_HARM = 0.05
# An insult needs no context: a harassment phrase that is the whole of a published part (the
# prompt, the caption, a comment), give or take two words ("what a", "lol") and emoji, is aimed
# at the person in the video, and there is nothing around it for the classifier to read (v17
# reads "skank" alone as 2.8 % harmful, "fatass" as 0.2 %). Such a match is never overruled.
# Screened over every labelled row of the corpus and the evaluation sets, no innocent text is a
# harassment phrase and at most two more words; with three, "my cat Fatso approves" is
# (docs/moderation.md, "Version 7").
INSULT_CATEGORY = Category.HARASSMENT
BARE_INSULT_OTHER_WORDS = 2
# An insult addressed to someone needs no context either, however long the text around it: a
# harassment phrase right after "you're", "du bist", "t'es", "eres"... ("you're such a skank",
# "du bist so eine dumme Schlampe", "t'es vraiment qu'une connasse") is aimed at whom it
# addresses. Only articles and intensifiers may stand between, so "you should see the loser's
# face" is not one. Over every labelled row the classifier overrules five harassment matches,
# all innocent and none addressed ("sore loser energy from my cat"; docs/moderation.md).
_ADDRESS = re.compile(
    r"\b(?:you['’]?re|you are|u r|ur|u|you|ya|du bist|bist du|du|t['’]es|tu es|tu|espece de|eres"
    r"|sei|voce e|vc e|voce|jij bent|je bent|jij|jestes|ty)"
    r"(?:\W+(?:a|an|such|so|total|complete|absolute|fucking|fkn|effing|real|little|big|fat"
    r"|dumb|stupid|ugly|nasty|disgusting|pathetic|useless|just|nothing but|the biggest"
    r"|eine|ein|einer|echt|voll|dumme|dummer|fette|fetter|kleine|kleiner"
    r"|une|un|qu['’]une|qu['’]un|vraiment|grosse|gros|sale|petite|petit|pauvre"
    r"|una|uno|muy|tan|menuda|menudo|proprio|davvero|uma|um|muito|een|zo['’]n|zo|vieze|vuile))"
    r"{0,3}\W+$"
)
_WORD = re.compile(r"[^\W\d_]+")
RULE_MATCHES = frozenset({"phrase", "pattern", "all_of"})
# What the user is told when no enabled rule of the zero-tolerance category is in the database.
CHILD_SAFETY_GUIDELINE = (
    "Nothing sexual or suggestive involving minors, ever. This request was blocked and sent to "
    "our child-safety team."
)


def text_screener_warm() -> None:
    """Load the rules, the classifier and its sentence encoder now (worker start-up,
    benchmarks)."""
    ruleset_current()
    classifier_current()
    text_screen(prompt="warm-up", caption="")


def text_screen(*, prompt: str, caption: str = "") -> Screening:
    """Screen a prompt and its caption together (harm may sit in either). Never raises."""
    try:
        return _screen(prompt or "", caption or "")
    except Exception as exc:
        logger.exception("Text screening failed; holding the text for review")
        return screening_failed(screener=SCREENER, error=exc)


def _screen(prompt: str, caption: str) -> Screening:
    parts = [normalize(part) for part in (prompt, caption)]
    parts = [part for part in parts if part]
    if not parts:
        return Screening(verdict=Verdict.ALLOW, screener=SCREENER)
    text = "\n".join(parts)
    ruleset = ruleset_current()
    evidence: list[dict[str, Any]] = []
    if found := minors_sexualised(text):
        evidence.append(_zero_tolerance_evidence(ruleset, found))
    minor_checked = bool(found)
    for rule in ruleset.rules:
        evidence.extend(rule.match(text, ruleset.figures))
    try:
        evidence.extend(
            _classifier_evidence(ruleset, prompt, caption, "" if minor_checked else text)
        )
    except Exception as exc:
        decided = _decide(ruleset, evidence)
        if decided.verdict != Verdict.BLOCK:
            raise
        # The rules alone already refuse it; a broken classifier must not soften that to review.
        logger.exception("The classifier failed; the rules' block stands")
        return Screening(
            verdict=decided.verdict,
            category=decided.category,
            message=decided.message,
            rule=decided.rule,
            escalate=decided.escalate,
            evidence=[*decided.evidence, {"kind": "error", "error": f"{type(exc).__name__}"}],
            screener=SCREENER,
        )
    _overrule(ruleset, evidence, prompt, caption, parts)
    return _decide(ruleset, evidence)


def _insult(item: dict[str, Any], parts: list[str]) -> bool:
    """Whether a match is a harassment phrase that stands all but alone in one of the
    normalised ``parts`` or is addressed to someone there."""
    if item["category"] != INSULT_CATEGORY or item["kind"] != "phrase":
        return False
    for part in parts:
        for found in re.finditer(re.escape(item["match"]), part):
            before, after = part[: found.start()], part[found.end() :]
            if len(_WORD.findall(f"{before} {after}")) <= BARE_INSULT_OTHER_WORDS:
                return True
            if _ADDRESS.search(before):
                return True
    return False


def _overrule(
    ruleset: RuleSet, evidence: list[dict[str, Any]], prompt: str, caption: str, parts: list[str]
) -> None:
    """Mark the matches of rules that are not ``certain`` as overruled where the classifier
    reads the text as clearly innocent: a phrase list cannot tell "nude lipstick" from
    "nude photo", the classifier reads the whole sentence. Overruled matches stay in the
    evidence for the moderators and do not decide.

    Every published part must read innocent: a caption too short to be read alone (under three
    words) is read alone here, as a comment, because in the joined text an innocent prompt can
    outweigh it ("kill yourself" under "put a party hat on him" read 0.6 % harmful joined,
    84 % alone, with artifact v16). Only texts a rule matched pay for that second reading.
    An insult, bare or addressed (``_insult``), is never overruled."""
    reading = next((item for item in evidence if item["kind"] == CLASSIFIER), None)
    if reading is None or reading["harm_most"] > OVERRULE_HARM:
        return
    matches = [
        item
        for item in evidence
        if item["kind"] in RULE_MATCHES
        and item["rule"] not in ruleset.certain
        and not _insult(item, parts)
    ]
    if not matches:
        return
    if prompt.strip() and caption.strip() and not reading["caption_read"]:
        alone = classifier_current().scores(prompt="", caption=caption)
        reading["harm_caption"] = round(1.0 - alone.get("benign", 0.0), 3)
        if reading["harm_caption"] > OVERRULE_HARM:
            return
    for item in matches:
        item["overruled"] = CLASSIFIER


def _category_rule(ruleset: RuleSet, category: str) -> CompiledRule | None:
    """The rule whose guideline speaks for a category: its most severe enabled one."""
    rules = [rule for rule in ruleset.rules if rule.category == category]
    return max(rules, key=lambda rule: (rule.action == "block", rule.severity), default=None)


def _zero_tolerance_evidence(ruleset: RuleSet, found: list[str]) -> dict[str, Any]:
    rule = _category_rule(ruleset, Category.MINOR_SEXUAL)
    return {
        "kind": ZERO_TOLERANCE,
        "match": found,
        "rule": rule.slug if rule else ZERO_TOLERANCE,
        "category": str(Category.MINOR_SEXUAL),
        "action": "block",
        "severity": 3,
    }


def _classifier_evidence(
    ruleset: RuleSet, prompt: str, caption: str, text: str
) -> list[dict[str, Any]]:
    """The classifier's evidence; with ``text`` (normalised, when the zero-tolerance word check
    has not fired already), also the zero-tolerance check on the classifier's sexual score."""
    classifier = classifier_current()
    joined, caption_alone = classifier.readings(prompt=prompt, caption=caption)
    scores, read = joined, "joined"
    verdict, category = scores_decide(scores, classifier.thresholds)
    if caption_alone is not None and verdict == "allow":
        # A caption is published text: an innocent prompt in front of it must not launder what
        # a comment could not say ("nobody would miss you if you jumped" under "make it a comic
        # panel" was allowed, and blocked as a comment). Read out of its remix a caption is
        # often ambiguous ("destroyed his personal best" under a gold medal), so alone it only
        # holds the remix for a moderator, never refuses it.
        alone, alone_category = scores_decide(caption_alone, classifier.thresholds)
        if alone != "allow":
            verdict, category, scores, read = "review", alone_category, caption_alone, "caption"
    found: list[dict[str, Any]] = []
    sexual = _sexual(joined)
    if text and sexual >= MINOR_SEXUAL_PROBABILITY and (minor := minor_indication(text)):
        # Euphemisms the word lists cannot know ("covered only in whipped cream"): a minor with
        # what the classifier reads as sexual is zero tolerance too. The sexual reading is taken
        # with the words for the minor replaced by "person": the classifier learned minor words
        # from minor_sexual rows, and a school play or a kite must not count as sexual for them.
        intent = _sexual(classifier.scores(prompt=_intent_text(text), caption=""))
        if intent >= MINOR_SEXUAL_INTENT:
            found.append(
                _zero_tolerance_evidence(ruleset, [minor, f"classifier: sexual {intent:.2f}"])
            )
    top = sorted(scores.items(), key=lambda item: item[1], reverse=True)[:3]
    item: dict[str, Any] = {
        "kind": CLASSIFIER,
        "classifier": classifier.version,
        "verdict": verdict,
        "category": category,
        "scores": {name: round(value, 3) for name, value in top},
        "harm": round(1.0 - scores.get("benign", 0.0), 3),
        # The most harmful reading's harm (the caption alone's where it is read).
        "harm_most": round(
            max(
                1.0 - reading.get("benign", 0.0)
                for reading in (joined, caption_alone)
                if reading is not None
            ),
            3,
        ),
        "read": read,
        "caption_read": caption_alone is not None,
    }
    if verdict == "allow":
        return [*found, item]  # a record for the moderators, not a match
    rule = _category_rule(ruleset, category)
    item.update(
        category=category,
        score=round(scores[category], 3),
        threshold=(
            classifier.thresholds["block"][category]
            if verdict == "block"
            else classifier.thresholds["review"]
        ),
        rule=rule.slug if rule else f"{CLASSIFIER}_{category}",
        action=verdict,
        severity=rule.severity if rule else 1,
    )
    return [*found, item]


def _sexual(scores: dict[str, float]) -> float:
    return scores.get(Category.SEXUAL_NONCONSENSUAL, 0.0) + scores.get(Category.MINOR_SEXUAL, 0.0)


def _intent_text(text: str) -> str:
    """``text`` as the zero-tolerance arm reads its sexual intent: the words that indicate a
    minor replaced by "person" (where they occur literally; an obfuscated indication stays,
    which errs towards blocking), and with the innocent uses of sexual words the word check
    knows blanked out, as that check reads them: "meninos jogando pelada" is a kickabout, and
    "person jogando pelada" read as naked."""
    text = innocent_uses_blanked(text)
    for _ in range(5):
        minor = minor_indication(text)
        if not minor or minor.lower() not in text.lower():
            break
        text = re.sub(re.escape(minor), "person", text, flags=re.IGNORECASE)
    return text


def _decide(ruleset: RuleSet, evidence: list[dict[str, Any]]) -> Screening:
    matches = [item for item in evidence if item.get("rule") and not item.get("overruled")]
    if not matches:
        return Screening(verdict=Verdict.ALLOW, screener=SCREENER, evidence=evidence)
    by_slug = {rule.slug: rule for rule in ruleset.rules}
    candidates = []
    for item in matches:
        rule = by_slug.get(item["rule"])
        verdict = Verdict.BLOCK if item["action"] == "block" else Verdict.REVIEW
        certain = item["kind"] != CLASSIFIER
        rank = (
            item["kind"] == ZERO_TOLERANCE,
            verdict == Verdict.BLOCK,
            certain,
            int(item.get("severity", 1)),
            float(item.get("score", 1.0)),
        )
        category = item.get("category") or (rule.category if rule else "")
        candidates.append((rank, verdict, category, rule, item))
    candidates.sort(key=lambda candidate: candidate[0], reverse=True)
    _, verdict, category, rule, item = candidates[0]
    if item["kind"] == ZERO_TOLERANCE and rule is None:
        message = CHILD_SAFETY_GUIDELINE
    else:
        message = rule.guideline if rule else ""
    escalate = any(
        item["kind"] == ZERO_TOLERANCE
        or (by_slug.get(item["rule"]) is not None and by_slug[item["rule"]].escalate)
        for item in matches
    )
    return Screening(
        verdict=verdict,
        category=category,
        message=message,
        rule=item["rule"],
        escalate=escalate,
        evidence=evidence,
        screener=SCREENER,
    )
