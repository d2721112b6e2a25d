"""The generation engines, chosen by settings: ``diffusion`` when a model is configured
(``CLIPMIX_REMIX_MODEL``), ``effects`` otherwise. One engine per worker process."""

from functools import cache

from django.conf import settings

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


def engine_get() -> Engine:
    return _engine(engine_name(), settings.CLIPMIX_REMIX_MODEL)
