"""One matching form for text, so that rules are written once and tricks do not slip past them.

``normalize(text)`` folds what people use to dodge filters: compatibility forms (fullwidth,
mathematical and circled letters), case, zero-width and control characters, Cyrillic and Greek
look-alikes, diacritics (``niña`` and ``nina`` match the same rule), leetspeak (``n4k3d``,
``$ex``, ``k1ll``), letters split by spaces, dots, hyphens or underscores (``n.a.k.e.d``),
stretched letters (any run of three or more becomes three, which the rules' phrases allow for)
and emoji that stand for words (🍆, 🔪, 🩸…). The result is only for matching, never shown. It
is idempotent: normalising twice gives the same text.
"""

import re
import unicodedata
from functools import lru_cache

# Cyrillic and Greek letters that render like Latin ones (after case folding).
_CONFUSABLES = {
    # Cyrillic
    "а": "a", "в": "b", "г": "r", "д": "d", "е": "e", "ё": "e", "з": "3", "и": "u", "й": "u",
    "к": "k", "л": "n", "м": "m", "н": "h", "о": "o", "п": "n", "р": "p", "с": "c", "т": "t",
    "у": "y", "ф": "f", "х": "x", "ц": "u", "ч": "4", "ш": "w", "щ": "w", "ъ": "b", "ы": "bi",
    "ь": "b", "э": "e", "ю": "io", "я": "r", "є": "e", "і": "i", "ї": "i", "ј": "j", "ѕ": "s",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "һ": "h", "ӏ": "l", "ү": "y", "ғ": "f", "қ": "k", "ң": "h",
    "ө": "o", "ҳ": "x", "ѵ": "v", "ѡ": "w",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "θ": "o", "ι": "i",
    "κ": "k", "λ": "l", "μ": "u", "ν": "v", "ξ": "e", "ο": "o", "π": "n", "ρ": "p", "σ": "o",
    "ς": "c", "τ": "t", "υ": "u", "φ": "f", "χ": "x", "ψ": "w", "ω": "w", "ϲ": "c", "ϳ": "j",
    # Latin look-alikes that NFKC keeps
    "ı": "i", "ȷ": "j", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ß": "ss",
    "æ": "ae", "œ": "oe", "þ": "th", "ð": "d", "ɑ": "a", "ɡ": "g", "ʀ": "r", "ɪ": "i",
    "ᴀ": "a", "ʙ": "b", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e", "ꜰ": "f", "ɢ": "g", "ʜ": "h", "ᴊ": "j",
    "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o", "ᴘ": "p", "ǫ": "q", "ꜱ": "s", "ᴛ": "t",
    "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
}  # fmt: skip

# Emoji that stand for words where it matters; the words are what the rules are written in.
_EMOJI_WORDS = {
    "🍆": "penis", "🍑": "butt", "💦": "cum", "👅": "tongue", "🔞": "nsfw", "👙": "bikini",
    "🩲": "underwear", "🍒": "boobs", "🥵": "horny", "😈": "horny",
    "🔪": "knife", "🗡": "knife", "⚔": "swords", "🩸": "blood", "🔫": "gun", "💣": "bomb",
    "🧨": "explosive", "💥": "explosion", "💀": "skull", "☠": "skull", "⚰": "coffin",
    "🪦": "grave", "🔥": "fire", "🚨": "alert", "📰": "news", "🗞": "news", "📺": "tv",
    "🆘": "sos", "🌊": "wave", "🌪": "tornado", "🧟": "zombie", "🤮": "vomit",
    "💊": "pills", "💉": "syringe", "🍺": "beer", "🍻": "beers", "🍷": "wine", "🥃": "whiskey",
    "🍸": "cocktail", "🚬": "cigarette", "🌿": "weed", "🥴": "drunk", "❄": "snow",
    "👶": "baby", "🧒": "child", "👧": "girl", "👦": "boy", "🚸": "children", "🏫": "school",
    "🖕": "fuck you", "🐷": "pig", "🐖": "pig", "🐒": "monkey", "🦍": "ape", "🤡": "clown",
    "⛓": "chains", "🔗": "chain", "🪢": "noose", "✂": "scissors",
}  # fmt: skip

_LEET = {
    "0": "o", "1": "i", "2": "z", "3": "e", "4": "a", "5": "s", "6": "g", "7": "t", "8": "b",
    "9": "g", "@": "a", "$": "s", "€": "e", "£": "l", "!": "i", "|": "l", "+": "t",
}  # fmt: skip
# Where "1" or "|" reads better as "l" than "i" (k1ll, b1ood): words the rules care about.
# fmt: off
_L_WORDS = frozenset([
    "kill", "killed", "killing", "killer", "blood", "bloody", "pill", "pills", "slut", "nipple",
    "nipples", "naked", "lolita", "loli", "child", "children", "little", "girl", "girls",
    "school", "schoolgirl", "bullet", "bullets", "lynch", "lynched", "fool", "ugly", "self",
    "selfharm", "lesbian", "slave", "slaves", "fall", "fallen", "deal", "dealer",
])
_DIGITS = frozenset("0123456789")
# A word with digits only at one end is a quantity or a code ("4k", "8th", "covid19"), unless the
# digits spell part of a word the rules care about ("5ex", "nud3", "rap3").
_EDGE_LEET_WORDS = _L_WORDS | frozenset([
    "sex", "nude", "nudes", "naked", "sexe", "nue", "nua", "nackt", "desnuda", "desnudo",
    "pelada", "porno", "sexy", "hot", "ass", "boobs", "tits", "dick", "cock", "whore", "bitch",
    "rape", "raped", "die", "dead", "gore", "bomb", "nazi", "hate", "suicide", "bruise", "knife",
    "cute", "teen",
])
# fmt: on

_INVISIBLE_CATEGORIES = frozenset({"Cc", "Cf", "Co", "Cs", "Cn", "Mn", "Me", "Zl", "Zp"})
_KEEP_CONTROL = frozenset("\n\t")

_TOKEN = re.compile(r"\S+")
# A run of at least three single letters joined by one kind of separator: n.a.k.e.d, n a k e d.
_UNIT = r"[a-z0-9@$]"
# A run of at least three single letters split by spaces or by one dot, hyphen, underscore, star,
# slash or bullet each (spaces allowed around it): n.a.k.e.d, n a k e d, n - u - d - e.
# One kind of separator per run, so that "a n.u.d.e" keeps its article apart; a run starts
# after a space or an opening mark ("y/o n a k e d" does not take the "o" of "y/o").
_SPLIT_SEPARATORS = [r" ", *(rf" ?{re.escape(ch)} ?" for ch in ".-_*/·•")]
_SPLIT_RUN = re.compile(
    r"(?<![^\s(\"'])(?:"
    + "|".join(rf"(?:{_UNIT}{separator}){{2,}}{_UNIT}" for separator in _SPLIT_SEPARATORS)
    + r")(?![\w@$])"
)
_SEPARATORS = re.compile(r"[ .\-_*/·•]")
_NUMBER_AT_EDGE = re.compile(r"(\d*)([^\d]*[a-z][^\d]*)(\d*)")
_NUMBER_BETWEEN_WORDS = re.compile(r"([a-z]{4,})(\d+)(?=[a-z]{4,})")
_REPEATS = re.compile(r"([a-z])\1{2,}")


def _fold_char(ch: str) -> str:
    if ch in _EMOJI_WORDS:
        return f" {_EMOJI_WORDS[ch]} "
    if ch in _CONFUSABLES:
        return _CONFUSABLES[ch]
    if "\U0001f1e6" <= ch <= "\U0001f1ff":  # regional indicators spell letters: 🇳🇺🇩🇪
        return chr(ord(ch) - 0x1F1E6 + ord("a"))
    if ch in _KEEP_CONTROL:
        return ch
    category = unicodedata.category(ch)
    if category in _INVISIBLE_CATEGORIES:
        return ""
    if category.startswith("Z"):
        return " "
    return ch


def _strip_marks(text: str) -> str:
    """Diacritics off, then the compatibility forms that decomposition exposes folded back."""
    decomposed = unicodedata.normalize("NFKD", text)
    return unicodedata.normalize("NFKC", "".join(_fold_char(ch) for ch in decomposed))


def _deleet_token(token: str) -> str:
    """Leetspeak inside a word: only where a token mixes letters with digits or symbols, so
    that numbers ("4k", "2024"), handles ("@ana") and punctuation ("wow!") stay as they are."""
    start, end = 0, len(token)
    # Leading "@" or "#" marks a handle or a tag; trailing punctuation ends a sentence.
    while start < end and token[start] in "#@\"'([{¿¡":
        start += 1
    while end > start and token[end - 1] in ".,;:!?\"')]}…":
        end -= 1
    core = token[start:end]
    if not any(ch.isalpha() for ch in core) or not any(ch in _LEET for ch in core):
        return token
    if "-" in core.strip("-"):
        # Each part of a compound on its own: "12-year-old" is an age, "n4k3d-pics" a trick.
        parts = [_deleet_token(part) if part else part for part in core.split("-")]
        return token[:start] + "-".join(parts) + token[end:]
    if core.lstrip("0123456789").isalpha() or core.rstrip("0123456789").isalpha():
        # Digits only at one end: a quantity, an ordinal or a code (4k, 8th, 1080p, line1,
        # covid19), unless they spell the end of a word the rules care about (5ex, nud3).
        for decoded in (_deleet(core, "i"), _deleet(core, "l")):
            if decoded in _EDGE_LEET_WORDS:
                return token[:start] + decoded + token[end:]
        return token
    decoded = _deleet(core, "i")
    if "1" in core or "|" in core:
        with_l = _deleet(core, "l")
        if with_l in _L_WORDS or with_l.rstrip("s") in _L_WORDS:
            decoded = with_l
    return token[:start] + decoded + token[end:]


def _deleet(core: str, one: str) -> str:
    """Leet characters replaced by letters, reading "1" and "|" as ``one`` ("i" or "l")."""
    return "".join(one if ch in "1|" else _LEET.get(ch, ch) for ch in core)


def _join_run(match: re.Match[str]) -> str:
    run = match.group(0)
    letters = _SEPARATORS.sub("", run)
    if sum(ch.isalpha() for ch in letters) < 2:
        return run  # a countdown or a date, not a spelled-out word
    # A number before or after a spelled-out word is its own word ("grade 6 s e x y"), unless
    # digits also sit inside the word (leetspeak: "n 4 k 3 d").
    if found := _NUMBER_AT_EDGE.fullmatch(letters):
        head, word, tail = found.groups()
        return " ".join(part for part in (head, word, tail) if part)
    # So is a number between two runs of four letters or more ("y e a r 9 p u p i l"); leet
    # digits sit between shorter pieces ("n 4 k 3 d", "u n d 3 r w e a r").
    return _NUMBER_BETWEEN_WORDS.sub(r"\1 \2 ", letters)


def _join_split_letters(text: str) -> str:
    return _SPLIT_RUN.sub(_join_run, text)


def _deleet_line(line: str) -> str:
    return " ".join(_deleet_token(token) for token in line.split())


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    folded = unicodedata.normalize("NFKC", text).casefold()
    for _ in range(2):  # a second pass settles what the first one exposed
        folded = _strip_marks(folded).casefold()
    lines = []
    for line in folded.split("\n"):
        line = _join_split_letters(_deleet_line(line))
        line = _deleet_line(line)
        lines.append(_REPEATS.sub(r"\1\1\1", line))
    return "\n".join(line for line in lines if line)
