"""Guidelines version 7: telling someone to kill themselves is a certain rule of its own.

"kys" posted as a comment, or under an innocent prompt, was published: the phrase sat in the
uncertain ``harassment-abuse`` list, and the classifier (v17) read the bare abbreviation as 1.4 %
harmful, so it overruled the match ("mátate" likewise). Every labelled row in the corpus and the
evaluation sets that holds one of the new rule's phrases is a violation. It keeps only the
imperatives with no innocent sense, and blanks the Danish "kys" (a kiss: "kys og kram", "kys
mig") first. "kill yourself" ("you'll kill yourself laughing"), "go die", "you should die" (a
misspelt "dye") and "bring dich um" ("ich bring dich um 8 zum Bahnhof") stay in the uncertain
list, for the classifier to read in context.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0010_guidelines_v6")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
