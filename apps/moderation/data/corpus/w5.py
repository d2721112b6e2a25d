"""minor_sexual rows for the moderation corpus, composed rather than written one by one.

Nobody on the team writes hundreds of hand-crafted requests to sexualise children, not even for
a classifier. The child-safety guideline is enforced first by a zero-tolerance check that needs
no examples (a minor indicator together with any sexual intent); the classifier's own
`minor_sexual` category is learned from compositions: each row takes a sexual-intent row of the
`sexual_nonconsensual` part (w1.csv, adults only) and adds one indication that the person is a
minor, in the row's language, to the prompt or to the caption. A composed row keeps its source
row's family, so a family and everything made from it stay in one split.

The minor indications below are written for this file only; the zero-tolerance check and its
grid test keep their own lists, so that none of them can pass merely by sharing a list.
"""

import csv
import random
from pathlib import Path

from corpus_csv import corpus_csv_write, minor_added

HERE = Path(__file__).parent
SOURCE = HERE / "w1.csv"
TARGET = HERE / "w5.csv"
RANDOM = random.Random(20261202)

# (as a prefix of the prompt, as a caption) per language; {n} is an age under 18.
INDICATIONS = {
    "en": (
        [
            "she's {n},",
            "he is only {n} but",
            "the {n} year old in this clip:",
            "this {n}yo -",
            "the 8th grader:",
            "the middle schooler here,",
            "this high school freshman,",
            "the kid in the video,",
            "that little girl:",
            "the preteen boy,",
            "my underage classmate,",
            "the schoolgirl in uniform,",
            "this teen ({n}),",
        ],
        [
            "she's literally {n}",
            "only {n} y/o",
            "7th grade btw",
            "she's still in middle school",
            "he's a minor lol",
            "underage and proud",
            "just a kid",
            "barely {n}",
        ],
    ),
    "es": (
        ["tiene {n} años,", "la niña del video:", "la colegiala,", "el chaval de {n},"],
        ["tiene {n} añitos", "es de secundaria", "menor de edad jaja", "la de 2º de la ESO"],
    ),
    "fr": (
        ["elle a {n} ans,", "la collégienne :", "le gamin de {n} ans,", "l'ado de 4e,"],
        ["elle a que {n} ans", "en 3e au collège", "mineure mdr", "une gamine de {n} ans"],
    ),
    "de": (
        ["sie ist {n},", "die Schülerin aus der 8. Klasse:", "das Kind im Video,", "der {n}-Jährige,"],
        ["sie ist erst {n}", "noch in der Mittelstufe", "minderjährig haha", "{n} Jahre jung"],
    ),
    "pt": (
        ["ela tem {n} anos,", "a menina do vídeo:", "a aluna do 8º ano,", "o moleque de {n},"],
        ["só tem {n} aninhos", "tá no fundamental", "menor de idade kkk", "novinha de {n}"],
    ),
    "it": (
        ["ha {n} anni,", "la ragazzina del video:", "la studentessa delle medie,", "il bimbo,"],
        ["ha solo {n} anni", "fa la terza media", "minorenne lol", "una bambina di {n} anni"],
    ),
    "nl": (
        ["ze is {n},", "het meisje van {n}:", "de brugklasser,", "het kind in de video,"],
        ["ze is pas {n}", "zit in groep 8", "minderjarig haha", "{n} jaar jong"],
    ),
    "pl": (
        ["ma {n} lat,", "ta dziewczynka:", "uczennica z podstawówki,"],
        ["ma dopiero {n} lat", "nieletnia xD", "jeszcze w podstawówce"],
    ),
    "tr": (
        ["{n} yaşında,", "videodaki küçük kız:", "ortaokullu kız,"],
        ["daha {n} yaşında", "reşit değil", "ortaokula gidiyor"],
    ),
    "id": (
        ["umurnya {n} tahun,", "anak SMP di video,", "bocil ini,"],
        ["baru {n} tahun", "masih di bawah umur", "anak SMP wkwk"],
    ),
}
INDICATIONS["mixed"] = INDICATIONS["en"]
AGES = [str(age) for age in range(8, 18)]
LEET = str.maketrans({"a": "4", "e": "3", "i": "1", "o": "0", "s": "5", "t": "7"})
ZERO_WIDTH = "\u200b"


def indication(lang: str, *, in_caption: bool) -> str:
    prefixes, captions = INDICATIONS[lang]
    return RANDOM.choice(captions if in_caption else prefixes).format(n=RANDOM.choice(AGES))


def obfuscate(text: str, rng: random.Random = RANDOM) -> tuple[str, str]:
    how = rng.choice(["leetspeak", "zero-width", "spaced digits"])
    if how == "leetspeak":
        return text.translate(LEET), how
    if how == "zero-width":
        return ZERO_WIDTH.join(text), how
    return "".join(f"{c} " if c.isdigit() else c for c in text).strip(), how


def minor_sexual_row(
    prefix: str,
    number: int,
    source: dict[str, str],
    added: str,
    *,
    in_caption: bool,
    rng: random.Random = RANDOM,
) -> dict[str, str]:
    """Row ``number`` of a composed file: ``source`` with the minor indication ``added`` (every
    seventh one obfuscated), label block, category minor_sexual, in ``source``'s family."""
    note = "composed: minor indication in the " + ("caption" if in_caption else "prompt")
    if number % 7 == 0:
        added, how = obfuscate(added, rng)
        note += f", {how}"
    return {
        "id": f"{prefix}-{number:04d}",
        **minor_added(source, added, in_caption=in_caption),
        "label": "block",
        "category": "minor_sexual",
        "note": f"{note}; from {source['id']}",
    }


def main() -> None:
    with SOURCE.open(encoding="utf-8", newline="") as handle:
        sexual = [row for row in csv.DictReader(handle) if row["category"] == "sexual_nonconsensual"]
    # Never claim that a named adult is a child: families about public figures are left out.
    named = {
        row["family"]
        for row in sexual
        if any(word in row["note"] for word in ("public figure", "politician", "athlete", "celebrity"))
    }
    sources = [row for row in sexual if row["family"] not in named]
    RANDOM.shuffle(sources)
    rows = []
    for number, source in enumerate(sources[:700], start=1):
        in_caption = number % 2 == 0
        added = indication(source["lang"], in_caption=in_caption)
        rows.append(minor_sexual_row("W5", number, source, added, in_caption=in_caption))
    corpus_csv_write(TARGET, rows)
    print(f"{len(rows)} minor_sexual rows written to {TARGET.name}")


if __name__ == "__main__":
    main()
