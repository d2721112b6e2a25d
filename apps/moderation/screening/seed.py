"""The guidelines as data: ``data/guidelines.json`` read, and upserted into the database.

Data migrations call ``guidelines_seed``; a new version of the file ships with a new migration
that calls it again. Rows are matched by slug (rules) and name (public figures): a version
overwrites the fields it carries, and rows it no longer lists are left for moderators to retire.
"""

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_FILE = Path(__file__).resolve().parent.parent / "data" / "guidelines.json"
RULE_FIELDS = (
    "category",
    "title",
    "guideline",
    "action",
    "severity",
    "escalate",
    "certain",
    "patterns",
    "phrases",
    "all_of",
    "exceptions",
    "exemplars",
    "semantic_threshold",
    "enabled",
)


@lru_cache(maxsize=4)
def guidelines_data(path: Path = DATA_FILE) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data.get("version"), int) or not isinstance(data.get("rules"), list):
        raise ValueError(f"{path}: expected a 'version' number and a list of 'rules'")
    return data


def guidelines_seed(apps: Any, schema_editor: Any = None, *, path: Path = DATA_FILE) -> None:
    """Upsert every rule and public figure in the data file (for ``migrations.RunPython``)."""
    data = guidelines_data(path)
    rule_model = apps.get_model("moderation", "GuidelineRule")
    figure_model = apps.get_model("moderation", "PublicFigure")
    known = {field.name for field in rule_model._meta.get_fields()}
    for rule in data["rules"]:
        unknown = set(rule) - {"slug", *RULE_FIELDS}
        if unknown:
            raise ValueError(f"{path}: rule {rule.get('slug')!r} has unknown keys {unknown}")
        # An earlier migration's model lacks the fields added since ("certain" in 0009).
        defaults = {name: rule[name] for name in RULE_FIELDS if name in rule and name in known}
        rule_model.objects.update_or_create(slug=rule["slug"], defaults=defaults)
    for figure in data.get("public_figures", []):
        figure_model.objects.update_or_create(
            name=figure["name"], defaults={"aliases": list(figure.get("aliases", []))}
        )
