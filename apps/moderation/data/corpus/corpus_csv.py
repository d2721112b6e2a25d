"""The one CSV writer of the corpus generators (``w*.py``, run as scripts from this folder).

Every corpus file has the columns ``COLUMNS`` in this order (``training.CORPUS_COLUMNS`` reads
them), UTF-8, minimal quoting, the csv module's line ends. Keys of a row beyond the columns are
left out; a missing column is an error.
"""

import csv
from collections.abc import Iterable, Mapping
from pathlib import Path

COLUMNS = ["id", "prompt", "caption", "label", "category", "family", "lang", "note"]


def corpus_csv_write(path: str | Path, rows: Iterable[Mapping[str, str]]) -> int:
    """Write ``rows`` to ``path`` under the corpus header; returns how many were written."""
    count = 0
    with Path(path).open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=COLUMNS)
        writer.writeheader()
        for row in rows:
            writer.writerow({name: row[name] for name in COLUMNS})
            count += 1
    return count
