"""minor_sexual rows composed from other writers' sexual and suggestive rows (w5.py's method).

``w5.py`` composes the classifier's minor_sexual rows from ``w1.csv`` alone, so every one of them
carries w1's wording of the sexual part and w5's own list of minor indications. A classifier
fine-tuned on them learned that wording well and other writers' less: every layer of e5 tuned,
set D's minor_sexual rows went from 52 of 52 caught to 49-50 (docs/benchmarks.md). Here the
sexual part comes from every other writer whose rows are in the corpus (``SOURCES``: the
sexual_nonconsensual rows, and ``w15.csv``'s suggestive ``borderline`` rows, which the
guideline blocks once a minor is indicated), and the indication from ``w14_indications.json``,
written blind for this file by a session that saw neither the corpus nor any evaluation set nor
any sexual text (neutral phrases that say a person is under 18, in eleven languages). Nobody on
the team writes sexualised minors; each row is a composition, and keeps its source row's family
so that a family and what is made from it stay in one split.
"""

import csv
import json
import random
from pathlib import Path

from corpus_csv import corpus_csv_write
from w5 import minor_sexual_row

HERE = Path(__file__).parent
SOURCES = ["w8.csv", "w9.csv", "w15.csv", "independent_a.csv", "independent_b.csv"]
INDICATIONS = json.loads((HERE / "w14_indications.json").read_text(encoding="utf-8"))
TARGET = HERE / "w14.csv"
RANDOM = random.Random(20261205)
AGES = [str(age) for age in range(8, 18)]
NAMED = ("public figure", "politician", "athlete", "celebrity", "famous")


def source_rows() -> list[dict[str, str]]:
    """Every sexual row of ``SOURCES`` and w15's suggestive ones, about no named public figure,
    in a language the indications cover."""
    rows = []
    for name in SOURCES:
        with (HERE / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                sexual = row["category"] == "sexual_nonconsensual"
                suggestive = name == "w15.csv" and row["category"] == "borderline"
                if (sexual or suggestive) and row["lang"] in INDICATIONS:
                    rows.append(row)
    named = {row["family"] for row in rows if any(word in row["note"].lower() for word in NAMED)}
    return [row for row in rows if row["family"] not in named]


def main() -> None:
    sources = source_rows()
    rows = []
    for number, source in enumerate(sources, start=1):
        in_caption = RANDOM.random() < 0.5
        phrases = INDICATIONS[source["lang"]]["caption" if in_caption else "prefix"]
        added = RANDOM.choice(phrases).format(n=RANDOM.choice(AGES))
        rows.append(
            minor_sexual_row("W14", number, source, added, in_caption=in_caption, rng=RANDOM)
        )
    corpus_csv_write(TARGET, rows)
    print(f"{len(rows)} minor_sexual rows written to {TARGET.name}")


if __name__ == "__main__":
    main()
