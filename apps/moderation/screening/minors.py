"""Zero tolerance for sexualising minors, independent of the classifier and of rule edits.

A text is refused (block, escalated, child-safety guideline) when it carries any indication of
a minor (an age under 18 in digits or words, a school grade or stage, kid / teen / child /
schoolgirl and their equivalents in the supported languages, or "make them look younger")
together with any sexual, nude or suggestive intent. Both lists are matched over the
``normalize()``d text, so leetspeak, separators, spacing, look-alike letters, zero-width
characters and accents are already folded. The terms are written here, in code, on purpose:
no admin edit can switch this check off.
"""

import re
from dataclasses import dataclass
from functools import lru_cache

from apps.moderation.screening.rules import phrases_regex

# fmt: off
_MINOR_WORDS = [
    # en
    "kid", "kids", "just a kid", "a minor lol", "he's a minor", "she's a minor",
    "classmate in middle school", "kiddo", "kiddie*", "child", "children", "childlike", "childs",
    "teen", "teens", "teenage", "teenager", "teenagers", "preteen*", "pre-teen*", "tween", "tweens",
    "schoolgirl*", "schoolboy*", "school girl*", "school boy*", "little girl*", "little boy*",
    "young girl*", "young boy*", "minors", "a minor", "the minor", "underage", "under age",
    "under-age", "jailbait", "loli", "lolis", "lolita*", "shota*", "toddler*", "infant*",
    "barely legal", "middle school*", "middle-school*", "junior high", "elementary school*",
    "grade school*", "primary school*", "high school*", "highschool*", "high-school*",
    "kindergarten*", "preschool*", "grader", "graders", "6th grade*", "7th grade*", "8th grade*",
    "9th grade*", "sixth grade*", "seventh grade*", "eighth grade*", "ninth grade*", "tenth grade*",
    "freshman in high school", "year 7", "year 8", "year 9", "year 10", "my daughter",
    "his daughter", "her daughter", "stepdaughter*", "daughter's friend", "look younger",
    "looks younger", "looking younger", "younger version", "de-age*", "deage*", "as a child",
    "as a kid", "as a teen", "as a little girl", "child version", "kid version", "schoolkid*",
    "kleines kind", "ein kind", "das kind", "dem kind", "girl scout*", "boy scout*",
    "cheerleader in middle school", "little one", "little ones", "jv", "junior varsity",
    "middle schooler*", "high schooler*", "grade schooler*", "preschooler*",
    # es
    "nino", "nina", "chaval*", "chavala*", "chamaco*", "chamaca*", "la eso", "de la eso",
    "de primero", "de segundo", "ninos", "ninas", "nene", "nena", "nenas", "chiquilla*",
    "chiquillo*", "chavalita*", "colegiala*", "colegial", "menor de edad", "menores de edad",
    "menor", "menores", "adolescente*", "de primaria", "de secundaria", "escuela primaria",
    "la secundaria", "la prepa", "de la prepa", "mas joven", "mas jovencita", "jovencita*",
    "quinceanera*", "hija", "mi hija",
    # fr
    "enfant", "l'ado", "ado de", "de 4e", "de 5e", "de 6e", "de 3e", "enfants", "gamine*", "gamin",
    "fillette*", "petite fille*", "petit garcon*", "un ado", "une ado", "les ados", "des ados",
    "ados", "adolescent*", "collegienne*", "collegien*", "lyceenne*", "lyceen*", "ecoliere*",
    "ecolier*", "mineure*", "mineur", "mineurs", "en primaire", "ecole primaire",
    "ecole elementaire", "en maternelle", "en cm1", "en cm2", "en ce1", "en ce2", "au college",
    "en sixieme", "en cinquieme", "en quatrieme", "en troisieme", "en 6e", "en 5e", "en 4e",
    "en 3e", "plus jeune", "ma fille",
    # de
    "kinder", "mittelstufe", "unterstufe", "in der mittelstufe", "kindlich*", "kleines madchen",
    "kleine madchen", "kleiner junge", "schulmadchen*", "schuler", "schulerin*", "grundschul*",
    "minderjahrig*", "jugendlich*", "teenie*", "klasse 7", "klasse 8", "klasse 9", "7. klasse",
    "8. klasse", "9. klasse", "siebte klasse", "achte klasse", "junger aussehen", "meine tochter",
    # pt
    "crianca*", "moleque*", "molecote*", "no fundamental", "ta no fundamental", "fundamental",
    "menina", "meninas", "menino", "meninos", "menininha*", "menininho*", "garotinha*",
    "garotinho*", "novinha*", "novinho*", "menor de idade", "menores de idade", "colegial",
    "colegiais", "ensino fundamental", "ensino medio", "escola primaria", "mais nova", "mais novo",
    "minha filha",
    # it
    "bambina", "il bimbo", "la bimba", "delle medie", "studentessa delle medie",
    "studente delle medie", "di prima media", "di terza media", "bambino", "bambine", "bambini",
    "ragazzina*", "ragazzino*", "scolaretta*", "scolaretto*", "minorenne*", "liceale*",
    "scuola media", "alle medie", "elementari", "scuola elementare", "scuola primaria",
    "alla primaria", "piu giovane", "mia figlia",
    # nl
    "kinderen", "groep 6", "groep 7", "groep 8", "brugpieper*", "het kind", "een kind", "dat kind",
    "klein meisje", "kleine meisjes", "schoolmeisje*", "tiener*", "minderjarig*", "basisschool",
    "brugklas*", "jonger", "mijn dochter",
    # pl
    "dziecko", "podstawowk*", "podstawowce", "w podstawowce", "dzieci", "dziewczynka*", "chlopiec",
    "nastolat*", "uczennic*", "gimnazjalist*", "licealist*", "nieletni*", "mlodsza", "corka",
    # tr
    "cocuk*", "kucuk kiz*", "kucuk cocuk", "liseli*", "ortaokul*", "ilkokul*", "resit olmayan",
    "resit degil*", "daha genc",
    # id
    "anak", "bocil", "bocah sd", "anak smp", "anak sma", "anak-anak", "anak kecil", "bocah",
    "siswi", "anak sd", "anak smp", "abg", "dibawah umur", "di bawah umur", "gadis kecil",
    "lebih muda",
    # Hinglish (Hindi / Urdu in Latin letters, as written in mixed-language posts)
    "bachi", "bacchi", "bachchi", "bacha", "bachcha", "bachche", "chhoti bachi", "chhoti ladki",
    "nabalig",
]

_SEXUAL_WORDS = [
    # en
    "sexy", "sexi", "sexxy", "sxy", "sex", "sexual*", "sexualis*", "sexualiz*", "seductive*",
    "seduce*", "provocative*", "suggestive*", "sensual*", "erotic*", "nude", "nudes", "nudity",
    "naked", "nakey", "nekkid", "nkd", "nsfw", "topless", "bottomless", "undress*", "unclothed",
    "strip naked", "strip down", "strip off", "strip her", "strip him", "stripping", "stripped",
    "stripper*", "striptease*", "strip tease*", "lingerie", "underwear", "panties", "panty",
    "thong*", "bra",
    "bikini*", "boobs", "boobies", "tits", "titties", "breasts", "cleavage", "nipple*", "porn*",
    "horny", "lewd*", "lust", "lustful", "lusty", "x-ray vision", "x-ray her", "x-ray him",
    "x-ray them", "x-ray the", "see-through clothes", "see through her clothes",
    "see-through dress*", "see-through top", "see-through shirt", "aroused", "kinky", "fetish*",
    "onlyfans", "spicy pic*", "spicy photo*", "spicy version", "thirst trap*", "bedroom eyes",
    "no clothes", "without clothes", "clothes off", "take off her clothes", "take off his clothes",
    "birthday suit", "au naturel", "in the nude", "slut*", "whore*", "pin-up", "pinup", "playboy",
    "boudoir", "look hot", "looks hot", "looking hot", "make out with", "revealing outfit*",
    "revealing clothes", "revealing dress*", "making out", "hooking up", "on the bed posing",
    "booty shot*", "twerk*", "seductively", "sultry", "flirty", "flirtatious", "skimpy",
    "barely dressed", "half naked", "half-naked", "sexier", "sexiest", "thicc*", "thick af",
    "hot version", "hotter version", "oiled up", "oiled-up", "dtf", "smashable", "bangable",
    "fap*", "jerk off", "wet t-shirt", "wet tshirt", "upskirt*", "side boob", "sideboob",
    "underboob", "camel toe", "adult magazine*", "adult film*", "adult movie*", "adult video*",
    "adult content", "adult site*", "adults-only content", "x-rated",
    # es
    "desnud*", "encuerad*", "en pelotas", "en bolas", "lenceria", "ropa interior", "tanga*",
    "provocativ*", "erotic*", "cachond*", "porno", "tetas", "sin ropa", "quitale la ropa",
    "semidesnud*", "sensual", "seductora*", "calenton*", "revista para adultos",
    "pelicula para adultos", "contenido para adultos",
    # fr
    "nue", "nues", "toute nue", "tout nu", "denude*", "deshabill*", "sensuelle*", "sous-vetement*",
    "sous vetement*", "en string", "culotte*", "seins", "erotique*", "excitante*", "coquine*",
    "sans vetements", "aguicheuse*", "allumeuse*", "effeuilleuse*", "magazine pour adultes",
    "film pour adultes", "contenu pour adultes", "contenu adulte",
    # de
    "nackt*", "ausziehen", "ausgezogen", "entkleid*", "reizwasche", "unterwasche", "erotisch*",
    "titten", "bruste", "oben ohne", "verfuhrerisch*", "sinnlich*", "heiss aussehen",
    "erwachsenenmagazin*", "erwachsenenfilm*", "erwachseneninhalt*",
    # pt
    "nua", "nuas", "sem roupa", "pelada", "pelado", "peladas", "toda pelada", "todo pelado",
    "peladinha*", "peladona*", "ficar pelada", "tira a roupa", "tirar a roupa", "calcinha*",
    "sutia*", "gostosa*", "safad*", "peitos", "seminua*", "provocante*", "revista adulta",
    "revista para adultos", "filme adulto", "conteudo adulto",
    # it
    "nuda", "nude", "nudi", "spogliat*", "spogliar*", "senza vestiti", "intimo", "mutandine",
    "sensuale*", "tette", "sexy", "rivista per adulti", "film per adulti", "contenuti per adulti",
    # nl
    "naakt*", "uitkleden", "uitgekleed", "ondergoed", "erotisch*", "borsten", "tieten",
    "verleidelijk*",
    # pl
    "naga", "nagi", "nago", "nagie", "rozebran*", "bielizn*", "seksown*", "erotyczn*", "cycki",
    # tr
    "ciplak*", "seksi", "ic camasir*", "soyun*", "erotik*", "gogus*",
    # id
    "telanjang", "bugil", "pakaian dalam", "sange", "montok", "seksi",
]
# fmt: on

# School stages that also name a year of college: a minor unless the text places them at a
# college or university. A stage left unstated is read as school, as the guideline for minors
# asks ("make the cheer team (they're freshmen) look sultry"); "college freshman" is not.
_SCHOOL_STAGES = ["freshman", "freshmen", "sophomore", "sophomores", "frosh"]
_ADULT_STUDIES = [
    "college*", "university", "universities", "uni", "campus", "dorm", "dorms", "frat",
    "frats", "fraternity", "sorority", "undergrad*", "grad school", "law school", "med school",
]  # fmt: skip
# Innocent uses of the words above, blanked out first ("pelada" is also a kickabout in Brazil).
_INNOCENT_PHRASES = [
    "jogar pelada", "jogando pelada", "jogam pelada", "uma pelada", "pelada de futebol",
    "bikini bottom",
]  # fmt: skip
# "Nude" is also a colour (nails, lipstick, shoes) and "naked" a cake without icing: blanked
# out only where the colour or the cake sits right beside it, with nothing but a space or a
# hyphen between ("nude pink nails", "esmalte nude", "naked cake"; not "nude, pink bow"). No
# word here is also a first name ("Rose", "Tom"): "make Rose nude" must stay a match.
_NUDE_COLOURED = (
    "pink|beige|peach|tone|tones|shade|shades|palette|nails?|polish|manicure|mani|gel"
    "|lipstick|lips?|gloss|liner|heels|pumps|shoes|sandals|makeup|eyeshadow|blush|colou?r"
)
_COLOURED_NUDE = (
    "colou?r|colore|couleur|farbe|cor|tono|kleur|kolor|renk|warna|unas|esmalte|labial"
    "|pintalabios|unghie|smalto|rossetto|ongles|vernis|unhas|batom|nagellack|lippenstift"
    "|nagels|nagellak|lakier|ruj|lipstik|kutek"
)
_SEXUAL_EXCEPTIONS = re.compile(
    "|".join(
        [
            *(r"[\W_]*".join(re.escape(word) for word in phrase.split())
              for phrase in _INNOCENT_PHRASES),
            rf"\bnude[ -](?:{_NUDE_COLOURED})\b",
            rf"\b(?:{_COLOURED_NUDE})[ -]nude\b",
            r"\bnaked[ -]cakes?\b",
        ]
    )
)  # fmt: skip
_UNDER_18 = r"(?:1[0-7]|[1-9])"
_YEARS = (
    r"(?:y\W?o|yrs?(?:\W?old)?|years?(?:\W?old)?|year\W?olds?|yr\W?olds?|anos|ans"
    r"|jahre?n?(?:\W?alt)?|jahrige?r?|anni|jaar(?:\W?oud)?|lat|latka|letnia|yas(?:ind\w*|lar\w*)?|tahun"
    r"|ano|anitos|aninhos|saal|sal|baras)"
)
_AGE_PATTERNS = [
    # 14yo, 14 y/o, 14-year-old, 14 anos, 14 ans, 14 Jahre, 14 anni, 14 jaar, 14 lat, 14 tahun
    rf"(?<![\w.,]){_UNDER_18}\W{{0,3}}{_YEARS}(?!\w)",
    # age 14, aged 14, looks 14, she's 14, is 14, only 14, just 14, turning 14, edad 14, tiene 14
    rf"(?<!\w)(?:age|aged|ages|look|looks|looking|is|she\W?s|he\W?s|only|just|turning|turned"
    rf"|barely|literally|about|tiene|tem|hat|ist|erst|nur|heeft|pas|ze is|umur|usia|baru|edad|idade"
    rf"|eta|alter|age de|ha|de|van|di|da|apenas|solo|seulement|a)\W+"
    rf"{_UNDER_18}(?![\w.,:]\d|\w)",
    # grade 7, 7th grade(r), 7o grado, 3e annee, 6eme
    # ("class 10/10" and "year 2/3" are ratings and fractions, not grades)
    r"(?<!\w)(?:grade|grado|ano|annee|klasse|classe|class|klas|kelas|sinif|year)\W{0,2}"
    r"(?:[1-9]|1[0-2])"
    r"(?![\w/])",
    r"(?<!\w)(?:[1-9]|1[0-2])(?:st|nd|rd|th|o|a|e|eme|er|re)?\W{0,2}"
    r"(?:grade\w*|grado|ano|annee|klasse|classe|class|std|kelas|sinif)(?!\w)",
    r"(?<!\w)(?:[1-9]|1[0-2])(?:o|a|e)?\W{0,2}(?:de la eso|eso|de primaria|de secundaria)(?!\w)",
    # number words that only ever mean an age here
    r"(?<!\w)(?:thirteen|fourteen|fifteen|sixteen|seventeen|twelve|eleven|ten|nine|eight"
    r"|trece|catorce|quince|dieciseis|diecisiete|doce|once|treize|quatorze|quinze|seize"
    r"|dix\W?sept|douze|onze|dreizehn|vierzehn|funfzehn|fuenfzehn|sechzehn|siebzehn|zwolf"
    r"|treze|catorze|dezesseis|dezessete|tredici|quattordici|quindici|sedici|diciassette|dodici"
    r"|dertien|veertien|vijftien|zestien|zeventien|twaalf|trzynascie|czternascie|pietnascie"
    r"|szesnascie|siedemnascie)\W{0,3}(?:year\W?old|years?\W?old|yo|anos|ans|jahre?|jahrige?"
    r"|anni|jaar|lat|yas|tahun)(?!\w)",
    r"(?<!\w)(?:look|looks|looking|she\W?s|he\W?s|is|only|just|aged?)\W*(?:thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|twelve|eleven|ten|nine|eight)(?!\w)",
    r"(?<!\w)(?:thirteen|fourteen|fifteen|sixteen|seventeen)(?!\w)",
    # an age opening a clause: "14 and already ...", "15 y ya ...", "13 et déjà ..."
    rf"(?:^|[\n.!?,;:]\s*){_UNDER_18}\s+(?:and|&|y|et|und|e|en|i|ve|dan|ja)\s",
    r"(?<!\w)(?:on (?:uc|dort|bes|alti|yedi)|(?:dua|tiga|empat|lima|enam|tujuh) belas|sebelas)"
    r"\W{0,3}(?:yas\w*|tahun)(?!\w)",
    # a youth team's age group: U13, U-15, the under-14s, sub-13, unter-12 (U5 to U18: "U2" is
    # a band; "under 10 minutes" is not a team, so the words take a hyphen or nothing)
    r"(?<![\w.,])u\W?(?:1[0-8]|[5-9])s?(?![\w.,]\d|\w)",
    r"(?<![\w.,])(?:under|sub|unter)-?(?:1[0-7]|[5-9])s?(?![\w.,]\d|\w)",
]


_LEET_LETTERS = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "8": "b", "@": "a", "$": "s"}
)
_STRETCH = re.compile(r"([a-z])\1{2,}")
# "10th", "3rd", "6eme", "7o": a number, never leetspeak ("10th cl455" is the 10th class).
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|e|eme|er|re|o|a)[\W_]*")
_WORD = re.compile(r"[^\W\d_]+")
# Texts spaced letter by letter come out of normalize() run together ("herunderwear"): inside
# such long tokens, the longer, unambiguous terms are also looked for as substrings.
_GLUED_TOKEN_LENGTH = 9
_GLUED_TERM_LENGTH = 5


def _glued_terms(words: list[str]) -> re.Pattern[str]:
    terms = sorted(
        {
            glued
            for word in words
            if len(glued := re.sub(r"[\W_]+", "", word)) >= _GLUED_TERM_LENGTH
        },
        key=len,
        reverse=True,
    )
    return re.compile("|".join(re.escape(term) for term in terms))


@dataclass(frozen=True)
class _Compiled:
    minors: re.Pattern[str]
    sexual: re.Pattern[str]
    ages: tuple[re.Pattern[str], ...]
    glued_minors: re.Pattern[str]
    glued_sexual: re.Pattern[str]
    stages: re.Pattern[str]
    glued_stages: re.Pattern[str]
    adult_studies: re.Pattern[str]


@lru_cache(maxsize=1)
def _compiled() -> _Compiled:
    # Words of one term may also be run together ("littlegirl", "l i t t l e g i r l").
    def loose(words: list[str]) -> re.Pattern[str]:
        return re.compile((phrases_regex(words) or "").replace(r"[\W_]+", r"[\W_]*"))

    return _Compiled(
        minors=loose(_MINOR_WORDS),
        sexual=loose(_SEXUAL_WORDS),
        ages=tuple(re.compile(pattern) for pattern in _AGE_PATTERNS),
        glued_minors=_glued_terms(_MINOR_WORDS),
        glued_sexual=_glued_terms(_SEXUAL_WORDS),
        stages=loose(_SCHOOL_STAGES),
        glued_stages=_glued_terms(_SCHOOL_STAGES),
        adult_studies=loose(_ADULT_STUDIES),
    )


def _readings(text: str) -> list[str]:
    """The text, with leetspeak read into every word that has a letter but an ordinal
    (normalize() leaves "51n r0p4" and "nud4" alone, as it must for "4k" and "8th"), and with
    stretched letters cut to two and to one ("toplesss", "yearrr olddd")."""
    readings = []
    for cut in (_STRETCH.sub(r"\1\1", text), _STRETCH.sub(r"\1", text)):
        deleeted = " ".join(
            token.translate(_LEET_LETTERS)
            if any(ch.isalpha() for ch in token) and not _ORDINAL.fullmatch(token)
            else token
            for token in cut.split()
        )
        readings += [cut, deleeted]
    return list(dict.fromkeys(readings))


def _search(
    pattern: re.Pattern[str], glued: re.Pattern[str] | None, readings: list[str]
) -> str | None:
    for reading in readings:
        if found := pattern.search(reading):
            return found.group(0)
    if glued is not None:
        for reading in readings:
            for word in _WORD.findall(reading):
                if len(word) >= _GLUED_TOKEN_LENGTH and (found := glued.search(word)):
                    return found.group(0)
    return None


def minor_indication(text: str) -> str | None:
    """The words in ``text`` (normalised) that say a minor is involved, or None."""
    compiled = _compiled()
    readings = _readings(text)
    if found := _search(compiled.minors, compiled.glued_minors, readings):
        return found
    for pattern in compiled.ages:
        if found := _search(pattern, None, readings):
            return found
    stage = _search(compiled.stages, compiled.glued_stages, readings)
    if stage and not _search(compiled.adult_studies, None, readings):
        return stage
    return None


def innocent_uses_blanked(text: str) -> str:
    """``text`` (normalised) with the innocent uses of sexual words blanked out ("jogando
    pelada", "nude lipstick", "naked cake")."""
    return _SEXUAL_EXCEPTIONS.sub(" ", text)


def sexual_intent(text: str) -> str | None:
    """The words in ``text`` (normalised) that carry sexual, nude or suggestive intent."""
    compiled = _compiled()
    readings = [innocent_uses_blanked(reading) for reading in _readings(text)]
    return _search(compiled.sexual, compiled.glued_sexual, readings)


def minors_sexualised(text: str) -> list[str] | None:
    """[minor indication, sexual intent] when both occur in ``text`` (normalised), else None."""
    sexual = sexual_intent(text)
    if sexual is None:
        return None
    minor = minor_indication(text)
    return None if minor is None else [minor, sexual]
