"""The trained vision models both engines share, behind one small module: person segmentation
(a soft matte) and faces (detection and 468 landmarks). The TFLite models come from a pinned
wheel at install time (``models.json``, docs/models.md); each is loaded on first use, once per
process, after its SHA-256 checks out."""

from apps.remix.engines.vision.faces import Face, faces_find
from apps.remix.engines.vision.models import models_problems
from apps.remix.engines.vision.segmentation import person_matte

__all__ = ["Face", "faces_find", "models_problems", "person_matte"]
