"""Start-up checks (Django's system checks): the demo voice, where the demo can be seeded."""

import importlib.util
from typing import Any

from django.core import checks

DEMO_VOICE_CHECK = "videos.W001"


@checks.register()
def demo_voice_check(app_configs: Any = None, **kwargs: Any) -> list[checks.CheckMessage]:
    from apps.videos.speech import VOICE_HINT, voice_problem

    # Only a development install (scikit-image's photographs: requirements/dev.txt) seeds videos
    # of people; a production install needs no demo voice and is not warned.
    if importlib.util.find_spec("skimage") is None:
        return []
    problem = voice_problem()
    if problem is None:
        return []
    return [checks.Warning(problem, hint=VOICE_HINT, id=DEMO_VOICE_CHECK)]
