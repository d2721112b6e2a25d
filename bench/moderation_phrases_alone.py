"""Which phrases of the uncertain block rules the classifier overrules whenever they stand alone.

Screens every phrase of every enabled block rule that is not ``certain`` (``data/guidelines.json``
as shipped, not a database's edits) as a bare comment through the shipped classifier, and lists
those it reads at most ``OVERRULE_HARM`` harmful: alone, such a phrase never decides, because
``text._overrule`` sets its match aside, except a phrase of ``INSULT_CATEGORY``, whose
match alone is kept (a bare insult, ``text._insult``). Prints a count per rule, then the
phrases.

Run: .venv/bin/python bench/moderation_phrases_alone.py
Needs no database; about ten seconds.
"""

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")
os.environ.setdefault("ORT_DISABLE_TELEMETRY", "1")

import django

django.setup()

from apps.moderation.screening.classifier import classifier_current
from apps.moderation.screening.seed import guidelines_data
from apps.moderation.screening.text import INSULT_CATEGORY, OVERRULE_HARM


def main() -> None:
    model = classifier_current()
    total = overruled = 0
    for rule in guidelines_data()["rules"]:
        if rule["certain"] or rule["action"] != "block" or not rule["enabled"]:
            continue
        low = []
        for phrase in rule["phrases"]:
            harm = 1.0 - model.scores(prompt="", caption=phrase.rstrip("*")).get("benign", 0.0)
            if harm <= OVERRULE_HARM:
                low.append((harm, phrase))
        kept = rule["category"] == INSULT_CATEGORY
        total, overruled = total + len(rule["phrases"]), overruled + (0 if kept else len(low))
        verdict = "read as innocent alone, kept as bare insults" if kept else "overruled alone"
        print(f"{rule['slug']}: {len(low)} of {len(rule['phrases'])} {verdict}")
        for harm, phrase in sorted(low):
            print(f"    {harm:.3f}  {phrase}")
    print(f"{overruled} of {total} phrases ({model.spec['version']})")


if __name__ == "__main__":
    main()
