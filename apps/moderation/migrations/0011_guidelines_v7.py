"""Guidelines version 7: telling someone to kill themselves is a certain rule of its own.

"kys" posted as a comment, or under an innocent prompt, was published: the phrase sat in the
uncertain ``harassment-abuse`` list, and the classifier (v17) read the bare abbreviation as 1.4 %
harmful, so it overruled the match. Every labelled row in the corpus and the evaluation sets that
holds "kys", "kill urself" or the imperatives "mátate", "suicide-toi", "bring dich um", "zabij
się" is a violation: none of these has an innocent sense, unlike "kill yourself" ("you'll kill
yourself laughing"), "go die" or "you should die" (a misspelt "dye"), which stay in the
uncertain list for the classifier to read in context.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0010_guidelines_v6")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
