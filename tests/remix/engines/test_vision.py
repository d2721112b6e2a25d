"""The shared vision models on real photographs that ship in scikit-image: the astronaut
(Eileen Collins, NASA, public domain: a frontal portrait) and the cameraman (a man seen from the
side, looking into his camera). The expected regions were read off the photos by eye, with
room for a few pixels either way."""

import math

import cv2
import numpy as np
import pytest
import skimage.data
from PIL import Image

from apps.remix.engines.vision import faces_find, person_matte
from apps.remix.engines.vision.faces import CHIN, NOSE_TIP, UPPER_LIP_TOP, _anchors
from apps.remix.engines.vision.segmentation import foreground


@pytest.fixture(scope="module")
def astronaut() -> np.ndarray:
    return skimage.data.astronaut()


@pytest.fixture(scope="module")
def cameraman() -> np.ndarray:
    return np.stack([skimage.data.camera()] * 3, axis=-1)


def _inside(point: np.ndarray, x0: float, y0: float, x1: float, y1: float) -> bool:
    return x0 <= point[0] <= x1 and y0 <= point[1] <= y1


def test_the_detector_has_896_anchors_on_a_16_and_an_8_cell_grid():
    anchors = _anchors()

    assert anchors.shape == (896, 2)
    assert tuple(anchors[0]) == (0.5 / 16, 0.5 / 16)
    assert tuple(anchors[-1]) == (7.5 / 8, 7.5 / 8)


def test_the_astronauts_eyes_nose_and_mouth_are_where_they_are_in_the_photo(astronaut):
    (face,) = faces_find(astronaut)

    assert face.landmarks.shape == (468, 3)
    # Her right eye (the image's left) and left eye, the nose tip, the top of the upper lip.
    assert _inside(face.right_eye, 192, 92, 214, 110)
    assert _inside(face.left_eye, 236, 95, 258, 113)
    assert _inside(face.point(NOSE_TIP), 218, 115, 236, 135)
    assert _inside(face.point(UPPER_LIP_TOP), 216, 136, 240, 152)
    assert _inside(face.point(CHIN), 212, 165, 240, 185)
    assert abs(math.degrees(face.roll)) < 8  # she holds her head level


def test_the_cameramans_face_in_profile_is_found_with_the_eye_on_his_eye(cameraman):
    (face,) = faces_find(cameraman)

    # His visible eye is just behind the camera's eyepiece, at about (245, 150).
    nearest = min((face.right_eye, face.left_eye), key=lambda e: abs(e[0] - 245))
    assert _inside(nearest, 228, 138, 258, 160)
    assert _inside(face.point(NOSE_TIP), 240, 145, 275, 185)


def test_a_tilted_face_is_found_with_its_tilt(astronaut):
    tilted = np.asarray(Image.fromarray(astronaut).rotate(25, center=(226, 120)))

    (face,) = faces_find(tilted)

    # PIL turns anticlockwise on screen, so the eye line turns by about -25 degrees.
    assert -33 < math.degrees(face.roll) < -17


def test_two_people_side_by_side_are_two_faces(astronaut):
    pair = np.concatenate([astronaut, astronaut[:, ::-1]], axis=1)

    faces = faces_find(pair)

    assert len(faces) == 2
    assert sorted(f.point(NOSE_TIP)[0] < 512 for f in faces) == [False, True]


@pytest.mark.parametrize(
    "photo", ["coffee", "chelsea", "rocket", "horse", "clock", "coins", "hubble_deep_field"]
)
def test_no_face_is_found_in_photos_without_people(photo):
    """The cat's face and the rocket's windows were taken for faces by the detector alone;
    the face mesh's second look turns them down."""
    image = getattr(skimage.data, photo)()
    if image.dtype == bool:
        image = image.astype(np.uint8) * 255
    if image.ndim == 2:
        image = np.stack([image] * 3, axis=-1)

    assert faces_find(image) == []


def test_the_person_matte_keeps_the_astronaut_and_drops_the_wall_behind_her(astronaut):
    faces = faces_find(astronaut)

    alpha = person_matte(astronaut, faces)

    assert alpha is not None
    assert alpha.shape == astronaut.shape[:2]
    assert alpha.dtype == np.float32
    assert alpha[125, 226] > 0.95  # her face
    assert alpha[400, 200] > 0.95  # her suit
    assert alpha[30, 330] < 0.05  # the wall above her shoulder
    assert alpha[:40, :40].max() < 0.1
    # Soft: the edge has values between 0 and 1, not a hard cut.
    assert ((alpha > 0.1) & (alpha < 0.9)).sum() > 200


def test_a_foreground_object_is_not_a_person():
    coffee = skimage.data.coffee()

    assert foreground(coffee).max() > 0.9  # the model does see the cup as foreground...
    assert person_matte(coffee, faces_find(coffee)) is None  # ...but nobody is there


def test_no_faces_means_no_person(astronaut):
    assert person_matte(astronaut, []) is None


def test_a_face_in_profile_shows_one_eye_and_keeps_a_frontal_size(astronaut, cameraman):
    (frontal,) = faces_find(astronaut)
    (profile,) = faces_find(cameraman)

    assert len(frontal.visible_eyes) == 2
    assert frontal.size == pytest.approx(frontal.eye_span)
    (eye,) = profile.visible_eyes
    assert _inside(eye, 228, 138, 258, 160)
    assert profile.size > 1.5 * profile.eye_span  # the eye span shrank, the face did not


def test_a_small_face_in_a_wide_frame_is_found_in_the_smaller_squares(astronaut):
    """A person at a distance in a landscape frame: the face is a tenth of the frame's height,
    too small for the detector on the whole frame."""
    small = cv2.resize(astronaut, None, fx=0.32, fy=0.32)  # a 30 px face
    frame = np.full((512, 910, 3), 90, np.uint8)
    frame[512 - small.shape[0] :, 700 : 700 + small.shape[1]] = small

    (face,) = faces_find(frame)

    assert _inside(
        face.point(NOSE_TIP),
        700 + 218 * 0.32 - 6,
        512 - 164 + 125 * 0.32 - 6,
        700 + 236 * 0.32 + 6,
        512 - 164 + 135 * 0.32 + 6,
    )
