import csv

import pytest
from django.core.management import CommandError, call_command

from apps.moderation.screening.training import CORPUS_COLUMNS, corpus_file_read
from apps.moderation.services.cases import case_approve, case_reject

pytestmark = pytest.mark.django_db


def test_decisions_become_labelled_corpus_rows(held_comment, moderator, harassment_rule, tmp_path):
    _, approved = held_comment(body="what a lovely sunset")
    _, rejected = held_comment(body="you worthless clown")
    case_approve(case=approved, moderator=moderator)
    case_reject(case=rejected, moderator=moderator, rule=harassment_rule)
    path = tmp_path / "decisions.csv"

    call_command("moderation_export_decisions", str(path))

    rows = {row.id: row for row in corpus_file_read(path)}  # the corpus's own checks pass
    assert rows[f"MOD-{approved.pk}"].label == "allow"
    assert rows[f"MOD-{approved.pk}"].category == "benign"
    assert rows[f"MOD-{approved.pk}"].caption == "what a lovely sunset"
    assert rows[f"MOD-{rejected.pk}"].label == "block"
    assert rows[f"MOD-{rejected.pk}"].category == "harassment"
    with path.open(encoding="utf-8") as handle:
        assert tuple(next(csv.reader(handle))) == CORPUS_COLUMNS


def test_open_cases_are_not_exported(held_comment, tmp_path):
    held_comment(body="still waiting for a moderator")
    path = tmp_path / "decisions.csv"

    call_command("moderation_export_decisions", str(path))

    assert path.read_text(encoding="utf-8").strip() == ",".join(CORPUS_COLUMNS)


def test_a_bad_since_date_is_a_readable_error(tmp_path):
    with pytest.raises(CommandError, match="not a date"):
        call_command("moderation_export_decisions", str(tmp_path / "x.csv"), "--since", "May")
