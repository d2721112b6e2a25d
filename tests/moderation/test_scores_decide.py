"""The classifier's decision from its scores (``scores_decide``): which reading blocks, which is
held for a moderator, which is allowed. Pure function, no model."""

import pytest

from apps.moderation.screening.classifier import scores_decide

THRESHOLDS = {
    "block": {
        "hate": 0.5,
        "harassment": 0.475,
        "self_harm": 0.55,
        "fake_crisis": 0.275,
        "fake_credible_source": 0.25,
    },
    "review": 0.6,
    "block_margin": 0.1,
}


def scores(**given: float) -> dict[str, float]:
    """Every category at 0 but those given; benign takes what is left."""
    out = dict.fromkeys([*THRESHOLDS["block"], "borderline"], 0.0)
    out.update(given)
    out["benign"] = round(1.0 - sum(out.values()), 6)
    assert out["benign"] >= 0
    return out


def test_one_category_well_over_its_threshold_blocks_under_it():
    assert scores_decide(scores(hate=0.6), THRESHOLDS) == ("block", "hate")


def test_one_category_just_over_its_threshold_is_held():
    # 0.5 < 0.52 < 0.5 * 1.1: over the line, not by the margin.
    assert scores_decide(scores(hate=0.52), THRESHOLDS) == ("review", "hate")


def test_two_categories_that_share_the_harm_block_under_the_likelier():
    # Neither reaches its own threshold; together they clear the higher one by the margin.
    reading = scores(hate=0.35, harassment=0.33)
    assert scores_decide(reading, THRESHOLDS) == ("block", "hate")
    reading = scores(fake_crisis=0.27, fake_credible_source=0.24)
    assert scores_decide(reading, THRESHOLDS) == ("block", "fake_crisis")


def test_a_second_category_under_half_its_threshold_does_not_count():
    # harassment 0.2 is 0.42 of its threshold: the text is held, not blocked.
    assert scores_decide(scores(hate=0.45, harassment=0.2), THRESHOLDS) == ("review", "hate")


def test_benign_likelier_than_every_block_category_together_never_blocks():
    # The pair clears its line (0.31 against 0.275 * 1.1) but benign (0.5) outweighs the
    # block categories' 0.31: below every threshold and under the review line, allowed.
    reading = scores(fake_crisis=0.16, fake_credible_source=0.15, borderline=0.19)
    assert reading["benign"] == pytest.approx(0.5)
    assert scores_decide(reading, THRESHOLDS) == ("allow", "")


def test_harm_spread_under_every_threshold_is_held_under_the_likeliest():
    reading = scores(borderline=0.4, hate=0.1, harassment=0.1)
    assert scores_decide(reading, THRESHOLDS) == ("review", "borderline")


def test_an_innocent_reading_is_allowed():
    assert scores_decide(scores(hate=0.05, borderline=0.1), THRESHOLDS) == ("allow", "")
