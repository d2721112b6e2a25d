"""Start-up checks (Django's system checks: `manage.py check`, `runserver`, `migrate`, and the
deploy check): the remix engines' model files are all there and intact."""

from typing import Any

from django.core import checks

MODEL_FILES_CHECK = "remix.E001"
MODEL_FILES_HINT = "Run `make models` (or `manage.py remix_models_fetch`); see docs/models.md."


@checks.register()
def remix_model_files_check(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    from apps.remix.engines.vision import models_problems

    return [
        checks.Error(problem, hint=MODEL_FILES_HINT, id=MODEL_FILES_CHECK)
        for problem in models_problems()
    ]
