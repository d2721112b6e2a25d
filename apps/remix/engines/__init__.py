"""The generation engines, chosen by settings: ``diffusion`` when a model is configured
(``CLIPMIX_REMIX_MODEL``), ``effects`` otherwise, or a class of your own named by
``CLIPMIX_REMIX_ENGINE_CLASS``. One engine per worker process."""

from functools import cache
from typing import cast

from django.conf import settings
from django.utils.module_loading import import_string

from apps.remix.engines.base import Engine


def engine_name() -> str:
    return "diffusion" if settings.CLIPMIX_REMIX_MODEL else "effects"


@cache
def _engine(name: str, model: str) -> Engine:
    if name == "diffusion":
        from apps.remix.engines.diffusion import DiffusionEngine

        return DiffusionEngine(model=model)
    from apps.remix.engines.effects import EffectsEngine

    return EffectsEngine()


@cache
def _engine_of_class(path: str) -> Engine:
    return cast(Engine, import_string(path)())


def engine_get() -> Engine:
    if settings.CLIPMIX_REMIX_ENGINE_CLASS:
        return _engine_of_class(settings.CLIPMIX_REMIX_ENGINE_CLASS)
    return _engine(engine_name(), settings.CLIPMIX_REMIX_MODEL)
