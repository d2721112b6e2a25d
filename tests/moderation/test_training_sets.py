"""Independent sets the corpus trains on (``corpus/sets.json``): read beside the corpus, always
train, each row its own family, never in the neighbour bank, and named when they are measured."""

import csv
import json
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command

from apps.moderation.screening import training
from apps.moderation.screening.encoders import E5_INT8_NAME, encoder_get
from apps.moderation.screening.training import (
    SET_COLUMNS,
    SETS_FILE,
    SPLIT_FILE,
    CorpusError,
    EmbeddingCache,
    corpus_read,
    corpus_sha256,
    families_assign,
    neighbour_bank,
    rows_split,
    split_read,
    trained_on,
)
from tests.moderation.test_classifier import train_small, write_corpus

SET_ROWS = [
    ("S-001", "", "everyone laugh at this loser", "block", "harassment", "bare insult", "en"),
    ("S-002", "paint it like monet", "", "allow", "benign", "style", "en"),
    ("S-003", "give him a top hat", "sunday best", "allow", "benign", "costume", "en"),
]


def write_set(
    path: Path, rows: list[tuple[str, ...]] = SET_ROWS, columns: tuple[str, ...] = SET_COLUMNS
) -> Path:
    """``rows`` (in ``SET_COLUMNS``' order) written under ``columns``, a header the set's
    writer may have chosen: another order, or a family column (filled with one family)."""
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        for row in rows:
            writer.writerow({"family": "F-1", **dict(zip(SET_COLUMNS, row, strict=True))})
    return path


@pytest.fixture
def corpus_with_set(tmp_path):
    """``data/corpus`` (the test corpus) with ``data/independent_t.csv`` listed in its sets."""
    corpus = write_corpus(tmp_path / "data" / "corpus")
    write_set(tmp_path / "data" / "independent_t.csv")
    (corpus / SETS_FILE).write_text(json.dumps({"train": ["independent_t.csv"]}), "utf-8")
    return corpus


def test_a_listed_sets_rows_are_train_each_its_own_family(corpus_with_set):
    rows = corpus_read(corpus_with_set)
    seed, stored = split_read(corpus_with_set)
    splits = rows_split(rows, families_assign(rows, stored=stored, seed=seed))

    from_set = [row for row in rows if row.from_set]
    assert [row.id for row in from_set] == ["S-001", "S-002", "S-003"]
    assert len({row.family for row in from_set}) == 3
    assert {row.id for row in splits["train"]} >= {"S-001", "S-002", "S-003"}
    assert not any(row.from_set for name in ("validation", "test") for row in splits[name])


def test_the_sets_rows_train_the_head_but_stay_out_of_the_bank_and_the_stored_split(
    corpus_with_set, tmp_path
):
    rows = corpus_read(corpus_with_set)
    encoder = encoder_get(E5_INT8_NAME)
    bank = neighbour_bank(rows, EmbeddingCache(None, encoder.name), encoder)
    assert len(bank.vectors) == len([row for row in rows if not row.from_set])

    result = train_small(corpus_with_set, tmp_path / "classifier", "vsets")

    assert {"S-001", "S-002", "S-003"} <= {row.id for row in result.splits["train"]}
    stored = json.loads((corpus_with_set / SPLIT_FILE).read_text("utf-8"))["families"]
    assert not any(family.startswith("independent_t.csv:") for family in stored)
    fitted = [*result.splits["train"], *result.splits["validation"]]  # the refit's rows
    assert result.spec["neighbours"]["rows"] == len([row for row in fitted if not row.from_set])


def test_the_corpus_hash_covers_the_listed_sets(corpus_with_set):
    before = corpus_sha256(corpus_with_set)
    write_set(corpus_with_set.parent / "independent_t.csv", SET_ROWS[:2])

    assert corpus_sha256(corpus_with_set) != before


@pytest.mark.parametrize(
    "columns",
    [
        # Sets D, E, F, G, J and V were written in the corpus's columns, H with lang before note.
        ("id", "prompt", "caption", "label", "category", "family", "lang", "note"),
        ("id", "prompt", "caption", "label", "category", "lang", "note"),
    ],
)
def test_a_set_in_another_column_order_reads_each_row_its_own_family(corpus_with_set, columns):
    write_set(corpus_with_set.parent / "independent_t.csv", columns=columns)

    from_set = [row for row in corpus_read(corpus_with_set) if row.from_set]

    assert [(row.id, row.lang, row.note) for row in from_set] == [
        (row[0], row[6], row[5]) for row in SET_ROWS
    ]
    assert [row.family for row in from_set] == [f"independent_t.csv:{row[0]}" for row in SET_ROWS]


@pytest.mark.parametrize(
    "columns",
    [
        ("id", "prompt", "caption", "label", "category", "note"),  # set C: no lang
        ("id", "prompt", "caption", "label", "category", "note", "lang", "source"),
    ],
)
def test_a_set_without_the_sets_columns_is_refused_at_its_header(corpus_with_set, columns):
    path = corpus_with_set.parent / "independent_t.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        row = ["S-001", "paint it", "", "allow", "benign", "style", "en", "extra"]
        csv.writer(handle).writerows([columns, row[: len(columns)]])

    with pytest.raises(CorpusError, match=r"independent_t\.csv, line 1: header is"):
        corpus_read(corpus_with_set)


def test_a_bad_row_in_a_set_names_the_file_line_and_column(corpus_with_set):
    bad = [*SET_ROWS, ("S-004", "make it pop", "", "allow", "benign", "style", "klingon")]
    write_set(corpus_with_set.parent / "independent_t.csv", bad)

    with pytest.raises(CorpusError, match=r"independent_t\.csv, line 5, column lang"):
        corpus_read(corpus_with_set)


@pytest.mark.parametrize(
    ("listing", "message"),
    [
        ('{"train": ["w1.csv"]}', "is not an independent set's file name"),
        ('{"train": ["independent_zz.csv"]}', "does not exist"),
        ('{"train": ["../independent_t.csv"]}', "is not an independent set's file name"),
        ('["independent_t.csv"]', "expected"),
    ],
)
def test_a_listing_that_names_no_set_is_a_readable_error(corpus_with_set, listing, message):
    (corpus_with_set / SETS_FILE).write_text(listing, "utf-8")

    with pytest.raises(CorpusError, match=message):
        corpus_read(corpus_with_set)


@pytest.mark.django_db
def test_measuring_a_set_the_corpus_trains_on_says_the_figures_are_in_sample(
    corpus_with_set, monkeypatch
):
    monkeypatch.setattr(training, "CORPUS_DIR", corpus_with_set)
    listed = corpus_with_set.parent / "independent_t.csv"
    assert trained_on(listed)
    assert not trained_on(corpus_with_set / "t1.csv")

    out = StringIO()
    call_command("moderation_eval", str(listed), stdout=out)

    assert "in-sample" in out.getvalue().splitlines()[0]
