"""The effects engine (``engine.EffectsEngine``), by concern: reading the prompt (``words``),
styles, face effects, putting the person into a scene (``segmentation``) and the scenes
themselves (``backdrops``). The trained models they use sit behind ``engines.vision``."""

from apps.remix.engines.effects.backdrops import Scene, backdrop_draw, scene_from_prompt
from apps.remix.engines.effects.engine import EffectsEngine
from apps.remix.engines.effects.faces import FACE_EFFECTS, face_effect_apply
from apps.remix.engines.effects.styles import STYLES, style_apply

__all__ = [
    "FACE_EFFECTS",
    "STYLES",
    "EffectsEngine",
    "Scene",
    "backdrop_draw",
    "face_effect_apply",
    "scene_from_prompt",
    "style_apply",
]
