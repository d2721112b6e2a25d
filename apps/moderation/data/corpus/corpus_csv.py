"""The one CSV writer of the corpus generators (``w*.py``, run as scripts from this folder), and
the one way they add an indication of a minor to a row (``minor_added``).

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


def minor_added(source: Mapping[str, str], added: str, *, in_caption: bool) -> dict[str, str]:
    """``source``'s prompt, caption, family and language with ``added`` (an indication of a
    minor) before the prompt, or in the caption (in brackets after one it has) where
    ``in_caption`` or the prompt is empty."""
    prompt, caption = source["prompt"], source["caption"]
    if in_caption or not prompt:
        caption = f"{caption} ({added})" if caption else added
    else:
        prompt = f"{added} {prompt}"
    return {"prompt": prompt, "caption": caption, "family": source["family"], "lang": source["lang"]}
