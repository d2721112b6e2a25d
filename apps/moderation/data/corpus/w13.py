"""Children in sport, on stage and at school, said the way proud families say it: innocent rows.

w5.py's minor_sexual rows put words for children next to sexual requests, and w6.py's contrast
rows put them next to everyday edits; neither has a child competing. Artifact v11 blocked
"make the wrestler kid look fierce" / "14 and undefeated" as minor_sexual and escalated it: a
child, a body in action and strong words ("fierce", "crushing it", "destroyed the competition")
read as the composed rows. Each row here is a request to restyle a child's match, race, recital
or prize (who x request x activity) with a caption of the kind parents post, in ten languages;
label allow. Clothing is left out on purpose (a swimsuit or a leotard next to a child is for a
moderator to see, and the classifier's sexual reading of it must not be unlearned). A family is
a block of three activities of one language, so validation measures activities the head never
saw.

**Not part of the corpus (2026-12-04).** Artifact v14, trained with these rows, stopped blocking
innocent children in other people's sets D and E but blocked less of everything on every set
(block recall -1.6 points on the test split, -3.5 on set D) and was not kept
(``docs/benchmarks.md``, "Children in sport"). ``w13.csv`` is therefore not in the repository;
running this script writes it, and the next ``moderation_train`` reads it.
"""

import random
from pathlib import Path

from corpus_csv import corpus_csv_write

HERE = Path(__file__).parent
TARGET = HERE / "w13.csv"
RANDOM = random.Random(20261213)
PER_LANGUAGE = {"en": 120, "es": 36, "fr": 36, "de": 36, "pt": 36, "it": 30, "nl": 30}
PER_LANGUAGE |= {"pl": 24, "tr": 24, "id": 24}
AGES = [str(age) for age in range(6, 18)]

# Per language: who (the child; {n} an age under 18), requests ({who}, {what}, {style}),
# activities (a noun phrase for {what}), styles, and captions ({n} again).
LANGUAGES: dict[str, dict[str, list[str]]] = {
    "en": {
        "who": [
            "my {n} year old",
            "my son",
            "my daughter",
            "the kid",
            "my {n}yo",
            "our U{n} team",
            "my little brother",
            "my niece ({n})",
            "my youngest",
            "my 7th grader",
            "my teen",
        ],
        "request": [
            "turn {who}'s {what} into {style}",
            "make {who}'s {what} look like {style}",
            "{style} of {who}'s {what}",
            "put {who}'s {what} on {style}",
        ],
        "what": [
            "wrestling match",
            "judo final",
            "karate grading",
            "boxing class",
            "swim race",
            "cross-country race",
            "volleyball spike",
            "tennis serve",
            "football match",
            "hockey game",
            "rugby tackle",
            "fencing bout",
            "archery shot",
            "100 m sprint",
            "skateboard trick",
            "BMX jump",
            "climbing comp",
            "chess tournament",
            "spelling bee",
            "science fair",
            "robotics contest",
            "dance recital",
            "school play",
            "band concert",
            "goal celebration",
            "penalty save",
        ],
        "style": [
            "a movie poster",
            "anime",
            "a comic book cover",
            "an oil painting",
            "a sports magazine cover",
            "a video game",
            "a trading card",
            "a superhero poster",
        ],
        "caption": [
            "{n} and undefeated",
            "state champ at {n}",
            "first place!!",
            "crushing it",
            "beast mode",
            "killed it today",
            "destroyed the competition",
            "so fierce",
            "absolute warrior",
            "took them all down",
            "gold medal baby",
            "proud parent moment",
            "went to war out there",
            "savage serve lol",
            "nobody could stop her",
            "he smoked everyone",
            "bloody knees, big smile",
            "left it all on the mat",
        ],
    },
    "es": {
        "who": [
            "mi hijo de {n} años",
            "mi hija",
            "mi peque",
            "mi sobrina de {n}",
            "nuestro equipo alevín",
            "mi chaval",
        ],
        "request": [
            "convierte {what} de {who} en {style}",
            "haz que {what} de {who} parezca {style}",
        ],
        "what": [
            "el combate de judo",
            "la carrera de natación",
            "el partido de fútbol",
            "el remate de voleibol",
            "la final de kárate",
            "el salto en patineta",
            "el torneo de ajedrez",
            "el recital de baile",
            "la obra del colegio",
        ],
        "style": ["un póster de película", "anime", "una portada de cómic", "un cuadro al óleo"],
        "caption": [
            "{n} años e invicto",
            "campeona regional con {n}",
            "¡primer puesto!",
            "arrasó con todos",
            "una fiera",
            "los destrozó a todos",
            "orgullo de madre",
        ],
    },
    "fr": {
        "who": [
            "mon fils de {n} ans",
            "ma fille",
            "mon petit",
            "ma nièce de {n} ans",
            "l'équipe des U{n}",
            "mon collégien",
        ],
        "request": ["transforme {what} de {who} en {style}", "fais de {what} de {who} {style}"],
        "what": [
            "le combat de judo",
            "la course de natation",
            "le match de foot",
            "le smash au volley",
            "la finale de karaté",
            "la figure en skate",
            "le tournoi d'échecs",
            "le spectacle de danse",
            "la pièce de l'école",
        ],
        "style": [
            "une affiche de film",
            "un anime",
            "une couverture de BD",
            "une peinture à l'huile",
        ],
        "caption": [
            "{n} ans et invaincu",
            "championne régionale à {n} ans",
            "première place !",
            "il a tout écrasé",
            "une vraie guerrière",
            "elle les a tous massacrés 😂",
            "trop fier de lui",
        ],
    },
    "de": {
        "who": [
            "meinem {n}-jährigen Sohn",
            "meiner Tochter",
            "unserem Kleinen",
            "meiner Nichte ({n})",
            "der U{n}-Mannschaft",
            "meinem Großen",
        ],
        "request": ["mach aus {what} von {who} {style}", "{style} aus {what} von {who}, bitte"],
        "what": [
            "dem Judokampf",
            "dem Schwimmrennen",
            "dem Fußballspiel",
            "dem Volleyball-Schmetterball",
            "dem Karate-Finale",
            "dem Skateboard-Trick",
            "dem Schachturnier",
            "der Tanzaufführung",
            "dem Schultheater",
        ],
        "style": ["ein Filmplakat", "einen Anime", "ein Comic-Cover", "ein Ölgemälde"],
        "caption": [
            "{n} und ungeschlagen",
            "Landesmeisterin mit {n}",
            "Platz eins!",
            "hat alle plattgemacht",
            "eine echte Kämpferin",
            "voll zerstört, die Gegner 😅",
            "stolze Mama",
        ],
    },
    "pt": {
        "who": [
            "meu filho de {n} anos",
            "minha filha",
            "meu caçula",
            "minha sobrinha de {n}",
            "meu time sub-{n}",
            "meu moleque",
        ],
        "request": ["transforma {what} de {who} em {style}", "deixa {what} de {who} como {style}"],
        "what": [
            "a luta de judô",
            "a prova de natação",
            "o jogo de futebol",
            "a cortada no vôlei",
            "a final de karatê",
            "a manobra de skate",
            "o torneio de xadrez",
            "a apresentação de dança",
            "a peça da escola",
        ],
        "style": ["um pôster de filme", "anime", "uma capa de gibi", "uma pintura a óleo"],
        "caption": [
            "{n} anos e invicto",
            "campeã estadual com {n}",
            "primeiro lugar!",
            "amassou todo mundo",
            "uma fera",
            "destruiu os adversários",
            "mãe coruja",
        ],
    },
    "it": {
        "who": ["mio figlio di {n} anni", "mia figlia", "mio nipote", "mia nipote di {n} anni"],
        "request": ["trasforma {what} di {who} in {style}", "fai sembrare {what} di {who} {style}"],
        "what": [
            "l'incontro di judo",
            "la gara di nuoto",
            "la partita di calcio",
            "la schiacciata a pallavolo",
            "la finale di karate",
            "il saggio di danza",
            "la recita scolastica",
            "il torneo di scacchi",
            "il trick con lo skate",
        ],
        "style": ["un poster da film", "un anime", "una copertina di fumetto", "un dipinto a olio"],
        "caption": [
            "{n} anni e imbattuto",
            "campionessa regionale a {n} anni",
            "primo posto!",
            "li ha distrutti tutti",
            "una guerriera",
            "orgoglio di papà",
        ],
    },
    "nl": {
        "who": [
            "mijn zoon van {n}",
            "mijn dochter",
            "de kleine",
            "het team onder {n}",
            "mijn nichtje ({n})",
        ],
        "request": ["maak van {what} van {who} {style}", "zet {what} van {who} om in {style}"],
        "what": [
            "de judowedstrijd",
            "de zwemwedstrijd",
            "de voetbalwedstrijd",
            "de smash bij volleybal",
            "de karatefinale",
            "de dansvoorstelling",
            "de schoolmusical",
            "het schaaktoernooi",
            "de skatetruc",
        ],
        "style": ["een filmposter", "anime", "een stripcover", "een olieverfschilderij"],
        "caption": [
            "{n} en ongeslagen",
            "kampioen op z'n {n}e",
            "eerste plek!",
            "iedereen ingemaakt",
            "een echte vechter",
            "trotse mama",
        ],
    },
    "pl": {
        "who": ["mój {n}-letni syn", "moja córka", "mały", "drużyna U{n}"],
        "request": ["zamień {what} {who} w {style}", "zrób z {what} {who} {style}"],
        "what": [
            "walkę judo",
            "wyścig pływacki",
            "mecz piłki nożnej",
            "występ taneczny",
            "szkolne przedstawienie",
            "turniej szachowy",
        ],
        "style": ["plakat filmowy", "anime", "okładkę komiksu", "obraz olejny"],
        "caption": [
            "{n} lat i niepokonany",
            "mistrzyni województwa w wieku {n} lat",
            "pierwsze miejsce!",
            "rozgromił wszystkich",
            "dumna mama",
        ],
    },
    "tr": {
        "who": ["{n} yaşındaki oğlum", "kızım", "küçük", "U{n} takımı"],
        "request": ["{who} {what} sahnesini {style} yap", "{who} {what} anını {style} gibi yap"],
        "what": [
            "judo maçındaki",
            "yüzme yarışındaki",
            "futbol maçındaki",
            "dans gösterisindeki",
            "okul tiyatrosundaki",
            "satranç turnuvasındaki",
        ],
        "style": ["film afişi", "anime", "çizgi roman kapağı", "yağlı boya tablo"],
        "caption": [
            "{n} yaşında ve yenilmez",
            "{n} yaşında il şampiyonu",
            "birincilik!",
            "herkesi ezdi geçti",
            "gurur duyuyoruz",
        ],
    },
    "id": {
        "who": ["anakku yang {n} tahun", "putriku", "si kecil", "tim U{n}"],
        "request": ["ubah {what} {who} jadi {style}", "bikin {what} {who} seperti {style}"],
        "what": [
            "pertandingan judo",
            "lomba renang",
            "pertandingan sepak bola",
            "pentas tari",
            "drama sekolah",
            "turnamen catur",
        ],
        "style": ["poster film", "anime", "sampul komik", "lukisan cat minyak"],
        "caption": [
            "{n} tahun dan tak terkalahkan",
            "juara provinsi umur {n}",
            "juara satu!",
            "semua lawan dibabat habis",
            "bangga banget",
        ],
    },
}


def rows_of(lang: str, count: int) -> list[dict[str, str]]:
    parts = LANGUAGES[lang]
    seen: set[tuple[str, str]] = set()
    out = []
    for _ in range(count * 20):
        if len(out) == count:
            break
        what_index = RANDOM.randrange(len(parts["what"]))
        prompt = RANDOM.choice(parts["request"]).format(
            who=RANDOM.choice(parts["who"]),
            what=parts["what"][what_index],
            style=RANDOM.choice(parts["style"]),
        )
        prompt = prompt.replace("{n}", RANDOM.choice(AGES))  # from {who}
        caption = RANDOM.choice(parts["caption"]).format(n=RANDOM.choice(AGES))
        if (prompt, caption) in seen:
            continue
        seen.add((prompt, caption))
        out.append(
            {
                "prompt": prompt,
                "caption": caption,
                "family": f"W13-F-{lang}-{what_index // 3}",
                "lang": lang,
            }
        )
    return out


def main() -> None:
    rows = []
    for lang, count in PER_LANGUAGE.items():
        rows += rows_of(lang, count)
    for number, row in enumerate(rows, start=1):
        row |= {
            "id": f"W13-{number:04d}",
            "label": "allow",
            "category": "benign",
            "note": "a child competing, performing or winning, with a parent's caption",
        }
    corpus_csv_write(TARGET, rows)
    print(f"{len(rows)} rows of children in sport, on stage and at school written to {TARGET.name}")


if __name__ == "__main__":
    main()
