"""``moderation_compare``: two artifacts screened verdict by verdict on the same rows."""

import csv
import json
import shutil
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from apps.moderation.management.commands.moderation_compare import paired
from apps.moderation.screening.classifier import SPEC_FILE, artifact_dir, classifier_current

pytestmark = pytest.mark.django_db

HELDOUT = Path(__file__).parent / "heldout.csv"


def copy_of_shipped(root: Path, name: str, **thresholds: object) -> Path:
    """The shipped artifact under another name, its thresholds changed where given."""
    folder = root / name
    shutil.copytree(artifact_dir(), folder)
    spec = json.loads((folder / SPEC_FILE).read_text(encoding="utf-8"))
    spec["version"] = name
    spec["thresholds"] = {**spec["thresholds"], **thresholds}
    (folder / SPEC_FILE).write_text(json.dumps(spec), encoding="utf-8")
    return folder


def compare(*args: str) -> dict:
    out = StringIO()
    call_command("moderation_compare", *args, "--json", stdout=out)
    return json.loads(out.getvalue().strip().splitlines()[-1])


def test_the_same_artifact_changes_no_verdict():
    shipped = str(artifact_dir())

    report = compare(shipped, shipped, str(HELDOUT))

    base, new = report["summed"]["base"], report["summed"]["new"]
    assert base == new
    assert base["n"] == report["sets"][str(HELDOUT)]["base"]["n"] >= 120
    assert all(counts == {"gained": 0, "lost": 0, "z": 0.0} for counts in report["paired"].values())


def test_a_stricter_copy_loses_what_its_figures_say_and_current_is_left_alone(tmp_path):
    # Every block threshold out of reach and a review threshold at 0.99: the classifier holds
    # less, so the new copy can only lose harmful texts and free innocent ones.
    shipped = artifact_dir()
    spec = json.loads((shipped / SPEC_FILE).read_text(encoding="utf-8"))
    lenient = copy_of_shipped(
        tmp_path,
        "vlenient",
        block=dict.fromkeys(spec["thresholds"]["block"], 0.99),
        review=0.99,
    )

    report = compare(str(shipped), str(lenient), str(HELDOUT))

    base, new = report["summed"]["base"], report["summed"]["new"]
    with HELDOUT.open(newline="", encoding="utf-8") as handle:
        harmful = sum(row["label"] != "allow" for row in csv.DictReader(handle))
    caught = report["paired"]["harmful caught"]
    assert caught["gained"] == 0
    assert caught["lost"] > 0
    # The paired counts and the two summaries describe the same verdicts.
    assert round(base["harmful_recall"] * harmful) - caught["lost"] == round(
        new["harmful_recall"] * harmful
    )
    assert report["paired"]["to block blocked"]["lost"] > 0
    assert new["benign_fpr"] <= base["benign_fpr"]
    assert classifier_current().version == shipped.name


def test_paired_counts_only_the_rows_of_each_kind_that_changed():
    labels = ["block", "block", "review", "allow", "allow", "block"]
    base = ["block", "allow", "review", "review", "allow", "review"]
    new = ["review", "block", "allow", "allow", "block", "block"]

    counts = paired(labels, base, new)

    # harmful (rows 0, 1, 2, 5): row 1 caught now, row 2 missed now; 0 and 5 flagged both times
    assert counts["harmful caught"] == {"gained": 1, "lost": 1, "z": 0.0}
    # to block (rows 0, 1, 5): 1 and 5 blocked now, 0 no longer
    assert counts["to block blocked"] == {"gained": 2, "lost": 1, "z": round(1 / 3**0.5, 2)}
    # innocent (rows 3, 4): 3 allowed now, 4 no longer
    assert counts["innocent allowed"] == {"gained": 1, "lost": 1, "z": 0.0}


def test_without_rows_or_with_a_missing_artifact_it_says_so(tmp_path):
    shipped = str(artifact_dir())
    with pytest.raises(CommandError, match="at least one CSV path or --split"):
        call_command("moderation_compare", shipped, shipped)
    with pytest.raises(CommandError, match=r"cannot start with .*nope"):
        call_command("moderation_compare", shipped, str(tmp_path / "nope"), str(HELDOUT))
    with pytest.raises(CommandError, match="No such file"):
        call_command("moderation_compare", shipped, shipped, str(tmp_path / "none.csv"))
    assert classifier_current().version == Path(shipped).name
