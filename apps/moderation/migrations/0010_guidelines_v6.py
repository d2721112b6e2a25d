"""Guidelines version 6: "nude" the colour leaves the minor-sexual rule, in more of its forms.

"Make my nails a nude pink, the kids loved it" and "uñas color nude con brillo, cumple 6 años
hoy" were blocked and escalated to the child-safety team: a child's word and "nude" matched the
rule's two groups. Version 5 already blanked "nude nails", "nude lipstick" and "a naked cake";
this adds the colour before another colour or a cosmetic ("nude pink", "nude polish") and after
the noun it qualifies, as Spanish, Portuguese, Italian, French and German put it ("color nude",
"esmalte nude", "vernis nude"). The zero-tolerance check (``screening/minors.py``) blanks the
same senses only where the colour or the cake sits right beside the word, so "14yo nude, pink
bow" is still blocked.
"""

from django.db import migrations

from apps.moderation.screening.seed import guidelines_seed


class Migration(migrations.Migration):
    dependencies = [("moderation", "0009_guidelinerule_certain")]

    operations = [migrations.RunPython(guidelines_seed, migrations.RunPython.noop)]
