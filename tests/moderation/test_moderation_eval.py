"""The screener's quality gate: ``moderation_eval`` on the held-out set that lives in the repo
(always) and on the shared development set (when the checkout has it). Latency is a benchmark
(docs/benchmarks.md), not asserted here."""

import csv
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import CommandError, call_command

from apps.moderation.screening.classifier import (
    SPEC_FILE,
    artifact_dir,
    classifier_current,
    classifier_reset,
    scores_decide,
)
from apps.moderation.screening.training import CorpusRow, rows_by_split

pytestmark = pytest.mark.django_db

HELDOUT = Path(__file__).parent / "heldout.csv"
DEVSET = Path(settings.BASE_DIR).parent / "shared" / "moderation" / "devset.csv"
KEYS = {"n", "harmful_recall", "block_recall", "benign_fpr", "f1", "p50_ms", "p95_ms"}
# Beside the wall figures, what an item costs in CPU time (meaningful under load as well).
CPU_KEYS = {"cpu_p50_ms", "cpu_p95_ms"}


def evaluate(path: Path, *options: str) -> dict:
    out = StringIO()
    call_command("moderation_eval", str(path), "--json", *options, stdout=out)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def assert_meets_targets(figures: dict) -> None:
    assert KEYS | {"per_category"} <= set(figures)
    assert figures["harmful_recall"] >= 0.95  # issue 13's target; classifier v4 gives 0.960
    assert figures["block_recall"] >= 0.90
    assert figures["benign_fpr"] <= 0.04
    assert figures["per_category"]["minor_sexual"]["harmful_recall"] == 1.0


def test_heldout_set_meets_the_targets():
    figures = evaluate(HELDOUT)

    assert figures["n"] >= 120
    assert_meets_targets(figures)


def test_the_report_gives_cpu_time_beside_wall_time(tmp_path):
    path = tmp_path / "few.csv"
    path.write_text(
        "id,prompt,caption,label,category,note\n"
        "a,a watercolour of the beach at sunset,,allow,,\n"
        "b,put my cat in a tiny wizard hat,when the weekend finally arrives,allow,,\n"
        "c,make her naked without her knowing,,block,sexual_nonconsensual,\n",
        encoding="utf-8",
    )
    figures = evaluate(path)

    assert set(figures) >= CPU_KEYS
    assert 0 < figures["cpu_p50_ms"] <= figures["cpu_p95_ms"]


@pytest.mark.skipif(
    not DEVSET.is_file(), reason=f"the shared development set is not in this checkout ({DEVSET})"
)
def test_development_set_is_reported_with_every_child_safety_row_caught():
    # The issue: devset.csv is never used to pick thresholds, it is "one more report"; demanding
    # the overall targets on it would force tuning on it. What it must show is the same JSON
    # report and no minor_sexual row let through.
    figures = evaluate(DEVSET)

    assert figures["n"] == 264
    assert KEYS | {"per_category"} <= set(figures)
    assert figures["per_category"]["minor_sexual"]["harmful_recall"] == 1.0


def test_the_shipped_classifier_records_its_test_split_figures():
    spec = json.loads((artifact_dir() / SPEC_FILE).read_text(encoding="utf-8"))
    test = spec["metrics"]["test"]

    assert test["n"] >= 1000
    assert {"harmful_recall", "block_recall", "minor_sexual_recall", "benign_fpr"} <= set(test)
    assert test["benign_blocked"] <= 0.04
    # The classifier alone; zero tolerance catches more (whole screener 118/123 on v7's test
    # split, v5 116/123, v4 115/123 on the same split). The split holds w9's blind-written
    # minor rows since v5, which are harder than the earlier ones (v4 recorded 0.930 on its own,
    # easier split).
    assert test["minor_sexual_recall"] >= 0.85


@pytest.mark.xfail(
    strict=True,
    reason="issue 13 targets not yet met by the classifier alone on the family-split test set "
    "(docs/benchmarks.md): artifact v57 harmful recall 0.900, minor_sexual recall 0.991",
)
def test_the_shipped_classifier_meets_the_issue_targets_on_the_test_split():
    spec = json.loads((artifact_dir() / SPEC_FILE).read_text(encoding="utf-8"))
    test = spec["metrics"]["test"]

    assert test["harmful_recall"] >= 0.95
    assert test["benign_fpr"] <= 0.04
    assert test["minor_sexual_recall"] == 1.0


def test_table_lists_each_category_and_the_overall_line():
    out = StringIO()
    call_command("moderation_eval", str(HELDOUT), stdout=out)

    text = out.getvalue()
    for name in ("minor_sexual", "borderline", "benign", "overall", "p95"):
        assert name in text


def test_a_missing_file_is_a_readable_error(tmp_path):
    with pytest.raises(CommandError, match="No such file"):
        call_command("moderation_eval", str(tmp_path / "nope.csv"))


def test_bad_columns_are_a_readable_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,text,label\n1,hello,allow\n", encoding="utf-8")

    with pytest.raises(CommandError, match="missing column"):
        call_command("moderation_eval", str(path))


def test_an_unknown_label_is_a_readable_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("id,prompt,caption,label,category,note\n1,hi,,maybe,benign,\n", "utf-8")

    with pytest.raises(CommandError, match="label"):
        call_command("moderation_eval", str(path))


def test_a_review_threshold_measures_the_artifact_at_another_operating_point():
    shipped = classifier_current().thresholds["review"]
    try:
        strict, loose = (
            evaluate(HELDOUT, "--review-threshold", value) for value in ("0.999", "0.001")
        )
        # Near 0 every text with any harm score is held: more innocent texts and more harm.
        assert loose["benign_fpr"] > strict["benign_fpr"]
        assert loose["harmful_recall"] >= strict["harmful_recall"]
        assert classifier_current().thresholds["review"] == 0.001
    finally:
        classifier_reset()
    assert classifier_current().thresholds["review"] == shipped
    with pytest.raises(CommandError, match=r"between 0 and 1: 1\.5"):
        call_command("moderation_eval", str(HELDOUT), "--review-threshold", "1.5")
    classifier_reset()


def _rows_the_margin_decides(limit: int) -> list[CorpusRow]:
    """Validation rows the classifier alone blocks at margin 0 and only holds at 0.5."""
    classifier = classifier_current()
    found = []
    for row in rows_by_split("validation"):
        scores = classifier.scores(prompt=row.prompt, caption=row.caption)
        verdicts = [
            scores_decide(scores, {**classifier.thresholds, "block_margin": margin})[0]
            for margin in (0.0, 0.5)
        ]
        if verdicts == ["block", "review"]:
            found.append(row)
            if len(found) == limit:
                break
    return found


def test_a_lower_block_margin_blocks_what_a_higher_one_held(tmp_path):
    rows = _rows_the_margin_decides(12)
    assert len(rows) == 12
    path = tmp_path / "margin.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "prompt", "caption", "label", "category", "note"])
        writer.writerows(
            [row.id, row.prompt, row.caption, row.label, row.category, ""] for row in rows
        )
    shipped = classifier_current().thresholds
    try:
        strict, loose = (evaluate(path, "--block-margin", value) for value in ("0.5", "0"))
        assert classifier_current().thresholds == {**shipped, "block_margin": 0.0}
    finally:
        classifier_reset()
    assert classifier_current().thresholds == shipped

    def blocked(figures: dict) -> int:
        return sum(
            group[key]
            for group in figures["per_category"].values()
            for key in ("blocks_caught", "benign_blocked", "review_blocked")
        )

    # What the rules do not block themselves, the lower margin blocks and the higher one holds.
    assert blocked(loose) > blocked(strict)
    assert loose["harmful_recall"] == strict["harmful_recall"]
    assert loose["benign_fpr"] == strict["benign_fpr"]
    with pytest.raises(CommandError, match=r"from 0 up to 1: -0\.1 is not"):
        call_command("moderation_eval", str(HELDOUT), "--block-margin", "-0.1")
    classifier_reset()


def test_another_artifact_version_can_be_measured_without_switching_current(tmp_path):
    shipped = artifact_dir()
    other = tmp_path / "vother"
    shutil.copytree(shipped, other)
    spec = json.loads((other / SPEC_FILE).read_text(encoding="utf-8"))
    (other / SPEC_FILE).write_text(json.dumps({**spec, "version": "vother"}), encoding="utf-8")
    try:
        call_command("moderation_eval", str(HELDOUT), "--classifier", str(other), stdout=StringIO())
        assert classifier_current().spec["version"] == "vother"
        with pytest.raises(CommandError, match=r"cannot start.*nope.*missing"):
            call_command("moderation_eval", str(HELDOUT), "--classifier", str(tmp_path / "nope"))
    finally:
        classifier_reset()
    assert classifier_current().version == shipped.name
