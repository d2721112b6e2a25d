"""Ordinary traffic: the short, everyday prompts, captions and comments most people write.

w1-w6 hold few short texts (188 of 3,478 benign rows have four words or fewer) and more harmful
than benign rows, so the classifier had never seen "Keys only" or "reply 0" and read such texts
as harmful (a watercolour remix captioned "Keys only" was blocked). These rows are what a
social app's traffic mostly is: remix requests (a style, a scene, a costume), meme captions and
comments of one to eight words, in every language of the corpus, with emoji, slang and typos.
They are written from scratch, not taken from any evaluation set.

Families: each language's phrases are cut into small blocks; a row combines phrases of one block
only and carries that block's family, so no phrase appears in two splits.
"""

import random
from pathlib import Path

from corpus_csv import corpus_csv_write

HERE = Path(__file__).parent
TARGET = HERE / "w7.csv"
RANDOM = random.Random(20261207)
BLOCK = 4  # phrases of each kind per family

# (remix prompts, captions and comments) per language
PHRASES: dict[str, tuple[list[str], list[str]]] = {
    "en": (
        [
            "make it look like a watercolor sketch",
            "make it look like an oil painting",
            "anime style please",
            "make it pixel art",
            "comic book style with halftone dots",
            "put us on a beach at sunset",
            "swap the background for a snowy mountain",
            "put me in space next to the moon",
            "make it look like a 90s disposable camera photo",
            "give my uncle a sombrero",
            "add sunglasses to everyone",
            "give the dog a tiny crown",
            "make the sky purple",
            "put me in a rainforest",
            "black and white, film noir",
            "make it look like a polaroid",
            "put a party hat on me",
            "make it vaporwave",
            "add fireworks in the sky",
            "turn the cat into a lion king poster",
            "make it look like a renaissance painting",
            "put me in Tokyo at night with neon lights",
            "give me a pirate costume",
            "make it look like claymation",
            "pencil sketch",
            "add snow falling",
            "make the room look like a castle",
            "turn me into a lego minifigure",
            "make my hair pink",
            "give me a superhero cape",
            "put the band on a stadium stage",
            "make it look like a retro video game",
            "stained glass style",
            "cartoon version of us",
            "add a rainbow behind me",
            "make it autumn with orange leaves",
            "put my grandma in a race car",
            "make it look like a movie poster",
            "give everyone wizard hats",
            "put us underwater with fish",
            "make the kitchen look like a spaceship",
            "add a moustache to the statue",
            "change the sky to a thunderstorm",
            "make it a christmas card",
            "make it look like a dreamy painting",
            "cyberpunk city behind me",
            "give the baby goat sunglasses",
            "make it look like a vintage postcard",
            "put me on the red carpet as a fan",
            "desert background with cactus",
        ],
        [
            "chef's kiss",
            "who's watching in december",
            "first",
            "lol",
            "this is fire",
            "day 3 of posting until it blows up",
            "sunday reset",
            "me after two espressos",
            "nailed it",
            "POV: it's friday",
            "not me crying at this",
            "the vibes are immaculate",
            "bestie energy",
            "ok but the dog tho",
            "10/10 would watch again",
            "no thoughts just vibes",
            "main character moment",
            "the way I screamed",
            "living rent free in my head",
            "can't stop watching",
            "tag someone who does this",
            "weekend loading...",
            "it's giving summer",
            "when the wifi comes back",
            "my brain at 3am",
            "caught in 4k",
            "the audacity 😂",
            "same energy",
            "this made my day",
            "obsessed",
            "what song is this?",
            "part 2 please",
            "underrated",
            "I need this in my life",
            "mom said it's my turn",
            "certified classic",
            "plot twist",
            "it's the confidence for me",
            "help 😭",
            "peak comedy",
            "how is this real",
            "ratio",
            "slay",
            "no because why is this so accurate",
            "we've all been there",
            "the ending tho",
            "bro really said 🗿",
            "so wholesome",
            "adding this to my collection",
            "i showed this to my whole family",
            "✨ aesthetic ✨",
            "🔥🔥🔥",
            "😂😂😂",
            "goals",
            "iconic",
            "me irl",
            "the cat is unbothered",
            "gym tomorrow, for real this time",
            "that first sip hits different",
            "tuesday be like",
        ],
    ),
    "es": (
        [
            "conviértelo en acuarela",
            "estilo anime por favor",
            "ponme en una playa al atardecer",
            "cambia el fondo por montañas nevadas",
            "ponle un sombrero de vaquero",
            "hazlo pixel art",
            "que parezca una pintura al óleo",
            "ponnos en el espacio",
            "estilo cómic",
            "ponle gafas de sol al perro",
            "que el cielo sea morado",
            "hazlo en blanco y negro",
            "ponme un disfraz de pirata",
            "fondo de ciudad de noche con neones",
            "que parezca una postal antigua",
            "añade fuegos artificiales",
        ],
        [
            "jajaja",
            "primero",
            "qué buen video",
            "lunes mood",
            "yo después del café",
            "me encanta",
            "parte 2 porfa",
            "qué canción es?",
            "no puedo parar de verlo",
            "esto es oro",
            "el perro 😂",
            "la vibra",
            "etiqueta a alguien",
            "me alegró el día",
            "viernes por fin",
            "yo en la vida real",
            "qué arte",
            "literal yo",
            "10 de 10",
            "se pasó 🔥",
        ],
    ),
    "fr": (
        [
            "transforme ça en aquarelle",
            "style manga s'il te plaît",
            "mets-moi sur une plage au coucher du soleil",
            "remplace le fond par une montagne enneigée",
            "ajoute un chapeau de cowboy",
            "en pixel art",
            "comme une peinture à l'huile",
            "mets-nous dans l'espace",
            "style bande dessinée",
            "des lunettes de soleil pour le chien",
            "un ciel violet",
            "en noir et blanc",
            "déguise-moi en pirate",
            "Paris la nuit en fond",
            "comme une vieille carte postale",
            "ajoute des feux d'artifice",
        ],
        [
            "mdr",
            "premier",
            "trop bien",
            "le lundi ce mood",
            "moi après un café",
            "j'adore",
            "la suite svp",
            "c'est quoi la musique ?",
            "je regarde en boucle",
            "pépite",
            "le chat 😂",
            "quelle ambiance",
            "identifie quelqu'un",
            "ça m'a fait ma journée",
            "enfin vendredi",
            "moi dans la vraie vie",
            "trop stylé",
            "tellement moi",
            "10 sur 10",
            "incroyable 🔥",
        ],
    ),
    "de": (
        [
            "mach ein Aquarell daraus",
            "Anime-Stil bitte",
            "setz mich an einen Strand bei Sonnenuntergang",
            "Hintergrund: verschneite Berge",
            "gib ihm einen Cowboyhut",
            "als Pixel-Art",
            "wie ein Ölgemälde",
            "setz uns ins Weltall",
            "Comic-Stil",
            "Sonnenbrille für den Hund",
            "lila Himmel",
            "in Schwarz-Weiß",
            "verkleide mich als Pirat",
            "Berlin bei Nacht im Hintergrund",
            "wie eine alte Postkarte",
            "füge Feuerwerk hinzu",
        ],
        [
            "haha",
            "erster",
            "richtig gut",
            "Montagsstimmung",
            "ich nach einem Kaffee",
            "liebe es",
            "Teil 2 bitte",
            "welches Lied ist das?",
            "schau es in Dauerschleife",
            "Ehrenmann",
            "der Hund 😂",
            "was für ein Vibe",
            "markier jemanden",
            "hat meinen Tag gerettet",
            "endlich Freitag",
            "ich im echten Leben",
            "mega",
            "so wahr",
            "10 von 10",
            "krass 🔥",
        ],
    ),
    "pt": (
        [
            "transforma em aquarela",
            "estilo anime por favor",
            "me coloca numa praia no pôr do sol",
            "troca o fundo por montanhas com neve",
            "coloca um chapéu de cowboy nele",
            "faz em pixel art",
            "parecendo pintura a óleo",
            "coloca a gente no espaço",
            "estilo história em quadrinhos",
            "óculos de sol no cachorro",
            "céu roxo",
            "em preto e branco",
            "me veste de pirata",
            "fundo do Rio à noite",
            "tipo cartão-postal antigo",
            "adiciona fogos de artifício",
        ],
        [
            "kkkkk",
            "primeiro",
            "muito bom",
            "segunda-feira mood",
            "eu depois do café",
            "amei",
            "parte 2 por favor",
            "qual é a música?",
            "não paro de assistir",
            "que vídeo",
            "o cachorro 😂",
            "que vibe",
            "marca alguém",
            "fez meu dia",
            "sextou",
            "eu na vida real",
            "arrasou",
            "sou eu",
            "nota 10",
            "brabo 🔥",
        ],
    ),
    "it": (
        [
            "trasformalo in acquerello",
            "stile anime per favore",
            "mettimi su una spiaggia al tramonto",
            "sfondo con montagne innevate",
            "dagli un cappello da cowboy",
            "in pixel art",
            "come un dipinto a olio",
            "mettici nello spazio",
            "stile fumetto",
            "occhiali da sole al cane",
            "cielo viola",
            "in bianco e nero",
            "vestimi da pirata",
            "Roma di notte sullo sfondo",
            "come una vecchia cartolina",
            "aggiungi i fuochi d'artificio",
        ],
        [
            "ahahah",
            "primo",
            "bellissimo",
            "lunedì mood",
            "io dopo il caffè",
            "lo adoro",
            "parte 2 per favore",
            "che canzone è?",
            "lo guardo a ripetizione",
            "capolavoro",
            "il gatto 😂",
            "che vibe",
            "tagga qualcuno",
            "mi hai svoltato la giornata",
            "finalmente venerdì",
            "io nella vita reale",
            "top",
            "verissimo",
            "10 e lode",
            "pazzesco 🔥",
        ],
    ),
    "nl": (
        [
            "maak er een aquarel van",
            "anime-stijl graag",
            "zet me op een strand bij zonsondergang",
            "achtergrond met besneeuwde bergen",
            "geef hem een cowboyhoed",
            "als pixelart",
            "als een olieverfschilderij",
            "zet ons in de ruimte",
            "stripboekstijl",
            "zonnebril voor de hond",
        ],
        [
            "haha",
            "eerste",
            "echt goed",
            "maandaggevoel",
            "ik na één koffie",
            "geweldig",
            "deel 2 graag",
            "welk nummer is dit?",
            "de hond 😂",
            "eindelijk vrijdag",
            "zo herkenbaar",
            "top 🔥",
        ],
    ),
    "pl": (
        [
            "zrób z tego akwarelę",
            "styl anime proszę",
            "umieść mnie na plaży o zachodzie słońca",
            "tło z ośnieżonymi górami",
            "daj mu kowbojski kapelusz",
            "jako pixel art",
            "jak obraz olejny",
            "umieść nas w kosmosie",
            "styl komiksowy",
            "okulary przeciwsłoneczne dla psa",
        ],
        [
            "haha",
            "pierwszy",
            "świetne",
            "poniedziałkowy nastrój",
            "ja po kawie",
            "uwielbiam",
            "część 2 proszę",
            "jaka to piosenka?",
            "pies 😂",
            "nareszcie piątek",
            "to ja",
            "sztos 🔥",
        ],
    ),
    "tr": (
        [
            "bunu suluboya yap",
            "anime tarzı lütfen",
            "beni gün batımında bir sahile koy",
            "arka planı karlı dağlar yap",
            "ona kovboy şapkası tak",
            "piksel sanatı yap",
            "yağlı boya tablo gibi",
            "bizi uzaya koy",
            "çizgi roman tarzı",
            "köpeğe güneş gözlüğü",
        ],
        [
            "ahahaha",
            "ilk",
            "çok iyi",
            "pazartesi modu",
            "kahveden sonra ben",
            "bayıldım",
            "devamı lütfen",
            "şarkı ne?",
            "köpek 😂",
            "nihayet cuma",
            "aynı ben",
            "efsane 🔥",
        ],
    ),
    "id": (
        [
            "jadikan lukisan cat air",
            "gaya anime ya",
            "taruh aku di pantai saat matahari terbenam",
            "ganti latar dengan gunung bersalju",
            "kasih dia topi koboi",
            "jadikan pixel art",
            "seperti lukisan minyak",
            "taruh kami di luar angkasa",
            "gaya komik",
            "kacamata hitam untuk anjingnya",
        ],
        [
            "wkwkwk",
            "pertamax",
            "keren banget",
            "mood hari senin",
            "aku habis ngopi",
            "suka banget",
            "part 2 dong",
            "lagunya apa?",
            "anjingnya 😂",
            "akhirnya jumat",
            "aku banget",
            "mantap 🔥",
        ],
    ),
}


def _blocks(items: list[str]) -> list[list[str]]:
    shuffled = items[:]
    RANDOM.shuffle(shuffled)
    return [shuffled[i : i + BLOCK] for i in range(0, len(shuffled), BLOCK)]


def _variants(text: str) -> list[str]:
    """The same phrase as people also type it: lower case, no accents kept, an emoji."""
    out = {text, text.lower(), text.capitalize()}
    out.add(text + RANDOM.choice([" 😂", " 🔥", " 🙏", "!!", " pls", " ✨"]))
    return sorted(out)


def rows() -> list[dict[str, str]]:
    out: list[dict[str, str]] = []
    for lang, (prompts, captions) in PHRASES.items():
        prompt_blocks, caption_blocks = _blocks(prompts), _blocks(captions)
        for index in range(max(len(prompt_blocks), len(caption_blocks))):
            family = f"W7-F{lang}{index:02d}"
            block_prompts = prompt_blocks[index] if index < len(prompt_blocks) else []
            block_captions = caption_blocks[index] if index < len(caption_blocks) else []
            for prompt in block_prompts:
                for variant in _variants(prompt)[:2]:
                    out.append({"prompt": variant, "caption": "", "family": family, "lang": lang,
                                "note": "ordinary: remix prompt"})
            for caption in block_captions:
                for variant in _variants(caption)[:3]:
                    out.append({"prompt": "", "caption": variant, "family": family,
                                "lang": lang, "note": "ordinary: caption or comment"})
            for prompt in block_prompts:
                for caption in block_captions:
                    out.append({"prompt": prompt, "caption": caption, "family": family,
                                "lang": lang, "note": "ordinary: prompt with a meme caption"})
    unique: dict[tuple[str, str], dict[str, str]] = {}
    for row in out:
        unique.setdefault((row["prompt"], row["caption"]), row)
    return [
        {"id": f"W7-{n:04d}", **row, "label": "allow", "category": "benign"}
        for n, row in enumerate(unique.values(), start=1)
    ]


def main() -> None:
    corpus_csv_write(TARGET, rows())


if __name__ == "__main__":
    main()
