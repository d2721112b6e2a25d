"""Guidelines version 5: a rule is either ``certain`` (its match stands whatever the classifier
reads: public figures, slurs, child safety) or not, and then a match in a text the classifier
reads as clearly innocent is kept as evidence but not acted on ("nude lipstick", "a naked cake",
"i murdered these cookies" were refused by phrase lists; ``screening/text.py``)."""

from django.db import migrations, models

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0008_guidelines_v4")]

    operations = [
        migrations.AddField(
            model_name="guidelinerule",
            name="certain",
            field=models.BooleanField(
                default=False,
                help_text="A match stands whatever the classifier reads (public figures, slurs, "
                "child safety). Otherwise a match in a text the classifier reads as clearly "
                "innocent is kept as evidence but not acted on.",
            ),
        ),
        migrations.RunPython(guidelines_seed, migrations.RunPython.noop),
    ]
