"""Innocent rows that mention a minor, composed as the contrast to w5.py's minor_sexual rows.

w5.py adds an indication of a minor to sexual rows; on its own that teaches a classifier that
words for children mean ``minor_sexual``. This file adds neutral indications of a minor (an age
under 18, a school grade, kid / teen / child words, in each language, only innocent phrasings) to
everyday benign rows (costumes, backgrounds, sports, birthdays...) of w4.csv and w1.csv, so that
pairs of (minor + innocent -> allow) and (minor + sexual -> block) teach that the sexual intent
is what matters. A composed row keeps its source row's family (and so its split).
"""

import csv
import random
from pathlib import Path

from corpus_csv import corpus_csv_write, minor_added

HERE = Path(__file__).parent
SOURCES = [HERE / "w4.csv", HERE / "w1.csv"]
TARGET = HERE / "w6.csv"
RANDOM = random.Random(20261206)
COUNT = 600

# (as a prefix of the prompt, as a caption) per language; {n} is an age under 18.
INDICATIONS = {
    "en": (
        [
            "she's {n},",
            "he is {n} and",
            "the {n} year old in this clip:",
            "my {n}yo -",
            "my 8th grader:",
            "the middle schooler here,",
            "our high school freshman,",
            "the kid in the video,",
            "my little girl:",
            "my son (he's {n}),",
            "the kids from my class,",
            "my daughter, {n},",
            "this teen ({n}),",
        ],
        [
            "she's {n} today",
            "he just turned {n}",
            "7th grade science fair btw",
            "she's in middle school now",
            "my kid's idea lol",
            "proud mom of a {n} year old",
            "the kids loved it",
            "school project for grade {n}",
        ],
    ),
    "es": (
        ["mi hija tiene {n} años,", "la niña del video:", "mi hijo,", "el chaval de {n},"],
        ["cumple {n} años hoy", "es de secundaria", "idea de mi peque", "proyecto de 2º de la ESO"],
    ),
    "fr": (
        ["ma fille a {n} ans,", "la collégienne :", "mon fils de {n} ans,", "l'ado de 4e,"],
        ["il a eu {n} ans hier", "projet de 3e au collège", "idée de mon gamin", "ma puce de {n} ans"],
    ),
    "de": (
        ["meine Tochter ist {n},", "die Schülerin aus der 8. Klasse:", "das Kind im Video,", "mein {n}-jähriger Sohn,"],
        ["sie wird heute {n}", "Schulprojekt 7. Klasse", "Idee von meinem Kind", "{n} Jahre alt geworden"],
    ),
    "pt": (
        ["minha filha tem {n} anos,", "a menina do vídeo:", "o aluno do 8º ano,", "meu filho de {n},"],
        ["fez {n} aninhos hoje", "trabalho da escola", "ideia do meu filho", "turma do 6º ano"],
    ),
    "it": (
        ["mia figlia ha {n} anni,", "la ragazzina del video:", "mio figlio di {n} anni,", "il bimbo,"],
        ["compie {n} anni oggi", "progetto di terza media", "idea del mio bimbo", "la classe di mio figlio"],
    ),
    "nl": (
        ["mijn dochter is {n},", "het meisje van {n}:", "de brugklasser,", "het kind in de video,"],
        ["ze wordt vandaag {n}", "project van groep 8", "idee van mijn zoon", "{n} jaar geworden"],
    ),
    "pl": (
        ["moja córka ma {n} lat,", "ta dziewczynka:", "mój syn,"],
        ["kończy dziś {n} lat", "projekt szkolny", "pomysł mojego dziecka"],
    ),
    "tr": (
        ["kızım {n} yaşında,", "videodaki küçük kız:", "oğlum,"],
        ["bugün {n} yaşına girdi", "okul projesi", "çocuğumun fikri"],
    ),
    "id": (
        ["anakku umur {n} tahun,", "anak SMP di video,", "adikku,"],
        ["hari ini ulang tahun ke-{n}", "tugas sekolah", "ide anakku"],
    ),
}
INDICATIONS["mixed"] = INDICATIONS["en"]
AGES = [str(age) for age in range(6, 18)]


def indication(lang: str, *, in_caption: bool) -> str:
    prefixes, captions = INDICATIONS[lang]
    return RANDOM.choice(captions if in_caption else prefixes).format(n=RANDOM.choice(AGES))


def main() -> None:
    sources = []
    for path in SOURCES:
        with path.open(encoding="utf-8", newline="") as handle:
            sources += [
                row
                for row in csv.DictReader(handle)
                if row["label"] == "allow" and row["category"] == "benign"
            ]
    sources.sort(key=lambda row: row["id"])
    RANDOM.shuffle(sources)
    rows = []
    for number, source in enumerate(sources[:COUNT], start=1):
        in_caption = number % 2 == 0 or not source["prompt"]
        added = indication(source["lang"], in_caption=in_caption)
        rows.append(
            {
                "id": f"W6-{number:04d}",
                **minor_added(source, added, in_caption=in_caption),
                "label": "allow",
                "category": "benign",
                "note": f"composed: minor indication, innocent; from {source['id']}",
            }
        )
    corpus_csv_write(TARGET, rows)
    print(f"{len(rows)} innocent minor-indication rows written to {TARGET.name}")


if __name__ == "__main__":
    main()
