"""The effects engine: every remix kind made offline on a CPU, without a generative model.

Restyles are classic image processing or, for painting styles, a small trained style-transfer
network (``styles``, ``neural``); ``background`` cuts the person out with a
trained segmentation model and puts them in a scene drawn from the prompt (``segmentation``,
``backdrops``); ``face`` draws its effect on the trained face mesh's landmarks (``faces``). The
models run through ``engines.vision``. A frame with no face (or, for ``background``, no person)
is refused with a reason the requester can act on, never published half-done. The same frame,
request and seed always give the same pixels; ``detail`` names the effect, for the credentials.
"""

from typing import Literal

import numpy as np
from PIL import Image

from apps.remix import errors
from apps.remix.engines.base import EngineOutput, EngineRefusal, Progress, RemixRequest
from apps.remix.engines.effects.backdrops import backdrop_draw, scene_from_prompt
from apps.remix.engines.effects.faces import face_effect_apply
from apps.remix.engines.effects.pixels import working_copy
from apps.remix.engines.effects.segmentation import composite
from apps.remix.engines.effects.styles import STYLE_LABELS, style_apply, tint
from apps.remix.engines.effects.words import (
    DEFAULT_FACE_EFFECT,
    DEFAULT_STYLE,
    FACE_WORDS,
    STYLE_WORDS,
    pick,
)
from apps.remix.engines.vision import faces_find, person_matte


class EffectsEngine:
    """The default engine: every remix made by image processing and small trained models."""

    # Typed as the protocol types it (an attribute is invariant), so it checks as an Engine.
    name: Literal["diffusion", "effects"] = "effects"

    def generate(
        self, frame: Image.Image, request: RemixRequest, progress: Progress
    ) -> EngineOutput:
        progress(5, "Preparing the frame")
        image = working_copy(frame)
        if request.kind == "caption_only":
            result, detail = image, "caption only"
        elif request.kind == "restyle":
            result, detail = self._restyle(image, request, progress)
        elif request.kind == "background":
            result, detail = self._background(image, request, progress)
        elif request.kind == "face":
            result, detail = self._face(image, request, progress)
        else:
            raise ValueError(f"unknown remix kind {request.kind!r}")
        progress(100, "Done")
        return EngineOutput(image=Image.fromarray(result, "RGB"), engine=self.name, detail=detail)

    def _restyle(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        style = pick(request.prompt, STYLE_WORDS) or DEFAULT_STYLE
        progress(25, f"Applying the {style} style")
        styled = style_apply(image, style, request.seed)
        progress(85, "Grading the colours")
        tinted, tints = tint(styled, request.prompt, style)
        label = STYLE_LABELS.get(style, style)
        return tinted, " ".join([*tints, label, "style"])

    def _background(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        progress(15, "Finding the person")
        faces = faces_find(image)
        progress(30, "Cutting out the person")
        alpha = person_matte(image, faces)
        if alpha is None:
            raise EngineRefusal(errors.NO_PERSON.format(at=request.moment), code="no_person")
        scene = scene_from_prompt(request.prompt)
        progress(60, "Painting the backdrop")
        h, w = image.shape[:2]
        backdrop = backdrop_draw(scene, w, h, request.seed)
        progress(85, "Blending the person into the scene")
        return composite(image, backdrop, alpha, scene), f"{scene.label} backdrop"

    def _face(
        self, image: np.ndarray, request: RemixRequest, progress: Progress
    ) -> tuple[np.ndarray, str]:
        progress(20, "Finding faces")
        faces = faces_find(image)
        if not faces:
            raise EngineRefusal(errors.NO_FACE.format(at=request.moment), code="no_face")
        effect = pick(request.prompt, FACE_WORDS) or DEFAULT_FACE_EFFECT
        where = "on 1 face" if len(faces) == 1 else f"on {len(faces)} faces"
        progress(55, f"Adding {effect}")
        return face_effect_apply(image, effect, faces), f"{effect} effect {where}"
