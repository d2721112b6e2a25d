"""Guidelines version 3: a single word with a common innocent meaning no longer blocks alone.

Block rules listed words that are also ordinary words in a supported language or in everyday
English: "x-ray" (a dog's broken paw), "pelada" (a kickabout in Brazil), "nu" ("now" in Dutch),
"globo" (a balloon in Spanish), "titular" (a starting player), "feo" (an ugly Christmas
sweater), "piranha" and "macaco" (animals), "ahorcado" and "pendu" (the hangman game), and
prefixes that reached further than meant ("stab*" matched "stable", "lynch*" a surname, "moan*"
a Disney film). Those texts are left to the classifier, which reads the context; the harmful
phrasings ("x-ray her", "toda pelada", "tout nu", "stabbed") stay. docs/moderation.md has the
figures.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0006_deleted_accounts_pseudonymous")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
