"""Guidelines version 2: rules measured against the training corpus's validation split.

``source-news-format`` (it blocked "Breaking: coffee is ready" and breakdance battles) and
``borderline-mockery`` (it held a clown at a child's birthday party) are turned off: the
classifier covers their categories. ``hate-slurs-symbols`` no longer lists "kkk" (laughter in
Portuguese); ``sexual-nudification`` learns more innocent uses of "nude" (a colour of
make-up and nails). docs/moderation.md has the figures.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0004_case_withdrawn")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
