"""Text screening: a remix's prompt and caption (together), or a comment, against the guidelines.

Two matchers run over the normalised text: the rules (phrases, patterns, co-occurring terms,
public figures) and, for paraphrases the rules miss, sentence embeddings compared with each
rule's exemplars in one matrix product. Block beats review; among blocks the most severe rule
decides. Whatever goes wrong, the answer is ``review``, never ``allow``.
"""

import logging
from typing import Any

import numpy as np

from apps.moderation.models import Verdict
from apps.moderation.screening.normalize import normalize
from apps.moderation.screening.result import Screening, screening_failed
from apps.moderation.screening.rules import BENIGN_MARGIN, RuleSet, ruleset_current

logger = logging.getLogger(__name__)

SCREENER = "text"
# A rule that fires on meaning alone blocks only this far above its threshold; nearer the
# threshold it sends the text to a human instead.
SEMANTIC_BLOCK_MARGIN = 0.1


def text_screener_warm() -> None:
    """Load the rules and the sentence model now (worker start-up, benchmarks)."""
    ruleset_current().exemplar_matrix()
    text_screen(prompt="warm-up", caption="")


def text_screen(*, prompt: str, caption: str = "") -> Screening:
    """Screen a prompt and its caption together (harm may sit in either). Never raises."""
    try:
        return _screen(prompt or "", caption or "")
    except Exception as exc:
        logger.exception("Text screening failed; holding the text for review")
        return screening_failed(screener=SCREENER, error=exc)


def _screen(prompt: str, caption: str) -> Screening:
    ruleset = ruleset_current()
    parts = [normalize(part) for part in (prompt, caption)]
    parts = [part for part in parts if part]
    if not parts:
        return Screening(verdict=Verdict.ALLOW, screener=SCREENER)
    text = "\n".join(parts)
    evidence: list[dict[str, Any]] = []
    for rule in ruleset.rules:
        evidence.extend(rule.match(text, ruleset.figures))
    try:
        evidence.extend(_semantic_evidence(ruleset, parts))
    except Exception as exc:
        decided = _decide(ruleset, evidence)
        if decided.verdict != Verdict.BLOCK:
            raise
        # The rules alone already refuse it; a broken model must not soften that to review.
        logger.exception("Semantic matching failed; the rules' block stands")
        return Screening(
            verdict=decided.verdict,
            category=decided.category,
            message=decided.message,
            rule=decided.rule,
            escalate=decided.escalate,
            evidence=[*decided.evidence, {"kind": "error", "error": f"{type(exc).__name__}"}],
            screener=SCREENER,
        )
    return _decide(ruleset, evidence)


def _semantic_evidence(ruleset: RuleSet, parts: list[str]) -> list[dict[str, Any]]:
    from apps.moderation.screening.semantic import encode

    matrix = ruleset.exemplar_matrix()
    if not len(matrix):
        return []
    # One sentence for prompt and caption together: encoding is most of the time spent.
    best_row = (encode([" ".join(parts)]) @ matrix.T)[0]  # cosine: both sides are unit length
    owners = ruleset.exemplar_owner
    benign = owners < 0
    benign_best = float(best_row[benign].max()) if benign.any() else -1.0
    exemplars = ruleset.exemplars
    found = []
    for index, rule in enumerate(ruleset.rules):
        rows = np.flatnonzero(owners == index)
        if not len(rows):
            continue
        row = int(rows[int(np.argmax(best_row[rows]))])
        score = float(best_row[row])
        if score >= rule.semantic_threshold and score >= benign_best + BENIGN_MARGIN:
            found.append(
                {
                    "kind": "semantic",
                    "exemplar": exemplars[row][1],
                    "score": round(score, 3),
                    "threshold": rule.semantic_threshold,
                    "benign_best": round(benign_best, 3),
                    **rule.describe(),
                }
            )
    return found


def _decide(ruleset: RuleSet, evidence: list[dict[str, Any]]) -> Screening:
    if not evidence:
        return Screening(verdict=Verdict.ALLOW, screener=SCREENER)
    by_slug = {rule.slug: rule for rule in ruleset.rules}
    candidates = []
    for slug in dict.fromkeys(item["rule"] for item in evidence):
        rule = by_slug[slug]
        items = [item for item in evidence if item["rule"] == slug]
        by_rules = any(item["kind"] != "semantic" for item in items)
        score = max((item.get("score", 0.0) for item in items), default=0.0)
        verdict = Verdict.BLOCK if rule.action == "block" else Verdict.REVIEW
        if (
            verdict == Verdict.BLOCK
            and not by_rules
            and not rule.escalate  # what is escalated (minors) is always blocked
            and score < rule.semantic_threshold + SEMANTIC_BLOCK_MARGIN
        ):
            verdict = Verdict.REVIEW
        rank = (verdict == Verdict.BLOCK, rule.severity, by_rules, score)
        candidates.append((rank, verdict, rule))
    candidates.sort(key=lambda candidate: candidate[0], reverse=True)
    _, verdict, rule = candidates[0]
    escalate = any(by_slug[item["rule"]].escalate for item in evidence)
    return Screening(
        verdict=verdict,
        category=rule.category,
        message=rule.guideline,
        rule=rule.slug,
        escalate=escalate,
        evidence=evidence,
        screener=SCREENER,
    )
