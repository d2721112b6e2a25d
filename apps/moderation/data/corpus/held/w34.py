"""Comments composed as meme captions under innocent remix prompts, train split only.

A comment and a meme caption are the same kind of text: words about the person in the video,
seen by everyone. The corpus teaches insults, threats and the rest mostly as comments (the
classifier's main weights read a text without a prompt), while a remix's caption is read by
the joined text and the caption segment's own weights, from far fewer harmful captions under
harmless prompts. Trained in sample, v41 still read "turn it into an anime frame || lelijke
h0er" and "make him a superhero || Captain Fettsack" as innocent (`docs/benchmarks.md`, v45's
audit). This file pairs train-split comments with innocent train-split prompts that have no
caption, the comment becoming the caption, its label and category kept: harmful comments
(label block or review) and, as their contrast, as many innocent comments, so that what
decides is the caption's meaning, not that a caption is there.

Only train-split families take part, donors included (``split.json``), so no text of the
validation or test split enters training; a composed row keeps its comment's family. Short
comments only (at most ``MAX_WORDS`` words, as meme captions are), the prompt of the same
language where there is one (else an English prompt and language ``mixed``). Sexual comments
are left out (below).
"""

import csv
import json
import random
from collections import defaultdict
from pathlib import Path

from corpus_csv import corpus_csv_write

HERE = Path(__file__).parent
TARGET = HERE / "w34.csv"
RANDOM = random.Random(20261207)
PER_SIDE = 2000  # harmful comments composed, and as many innocent ones
MAX_WORDS = 12
SEXUAL = {"sexual_nonconsensual", "minor_sexual"}


def corpus_rows() -> list[dict[str, str]]:
    rows = []
    for path in sorted(HERE.glob("w*.csv")):
        if path != TARGET:
            with path.open(encoding="utf-8", newline="") as handle:
                rows.extend(csv.DictReader(handle))
    return rows


def main() -> None:
    split = json.loads((HERE / "split.json").read_text(encoding="utf-8"))["families"]
    train = [row for row in corpus_rows() if split.get(row["family"]) == "train"]
    comments = [
        row
        for row in train
        if not row["prompt"].strip() and 0 < len(row["caption"].split()) <= MAX_WORDS
    ]
    prompts = defaultdict(list)
    for row in train:
        if row["label"] == "allow" and row["prompt"].strip() and not row["caption"].strip():
            prompts[row["lang"]].append(row["prompt"])
    # Sexual comments stay comments: under a prompt about someone's child the composed row
    # would be minor_sexual, not its comment's category.
    harmful = [
        row for row in comments if row["label"] != "allow" and row["category"] not in SEXUAL
    ]
    innocent = [row for row in comments if row["label"] == "allow"]
    chosen = RANDOM.sample(harmful, min(PER_SIDE, len(harmful)))
    chosen += RANDOM.sample(innocent, min(len(chosen), len(innocent)))
    composed = []
    for number, comment in enumerate(chosen, 1):
        lang = comment["lang"] if prompts.get(comment["lang"]) else "mixed"
        prompt = RANDOM.choice(prompts.get(comment["lang"]) or prompts["en"])
        composed.append(
            {
                "id": f"W34-{number:05d}",
                "prompt": prompt,
                "caption": comment["caption"],
                "label": comment["label"],
                "category": comment["category"],
                "family": comment["family"],
                "lang": lang,
                "note": f"comment {comment['id']} as the caption of an innocent prompt",
            }
        )
    print(f"{corpus_csv_write(TARGET, composed)} rows written to {TARGET.name}")


if __name__ == "__main__":
    main()
