import base64
import io
import json

import c2pa
import pytest
from django.core.exceptions import ImproperlyConfigured
from PIL import Image

from apps.provenance.signing import (
    EDITED_BY_EFFECTS,
    GENERATED,
    SOFT_BINDING_ALG,
    jpeg_sign,
    remix_image_finish,
)
from apps.provenance.verification import credentials_read
from apps.provenance.watermark import payload_for, watermark_read

pytestmark = pytest.mark.django_db


def _manifest(data: bytes) -> dict:
    context = c2pa.Context.from_dict(
        {"verify": {"remote_manifest_fetch": False, "ocsp_fetch": False}}
    )
    with c2pa.Reader("image/jpeg", io.BytesIO(data), context=context) as reader:
        store = json.loads(reader.json())
    return store["manifests"][store["active_manifest"]]


def _assertion(manifest: dict, label: str) -> dict:
    return next(a["data"] for a in manifest["assertions"] if a["label"] == label)


def test_a_signed_remix_is_valid_and_trusted_with_the_configured_anchor(signed_remix):
    report = credentials_read(signed_remix, "image/jpeg")

    assert (report.present, report.valid, report.trusted) == (True, True, True)
    assert report.ai_generated
    assert report.validation_codes == []


def test_the_manifest_soft_binds_the_watermark_that_the_pixels_carry(signed_remix, reencoded):
    manifest = _manifest(signed_remix)

    binding = _assertion(manifest, "c2pa.soft-binding")
    assert binding["alg"] == SOFT_BINDING_ALG == "io.clipmix.watermark.tile.v2"
    assert binding["blocks"][0]["value"] == base64.b64encode(payload_for(41)).decode()
    # What a reader decodes from a copy without the manifest is that value.
    copy = Image.open(io.BytesIO(reencoded(signed_remix, 80)))
    assert (
        base64.b64encode(payload_for(watermark_read(copy).remix_id or 0)).decode()
        == (binding["blocks"][0]["value"])
    )
    assert credentials_read(signed_remix, "image/jpeg").trusted


def test_without_the_anchor_it_is_valid_but_untrusted(signed_remix, settings):
    settings.CLIPMIX_C2PA_TRUST_ANCHORS = ""

    report = credentials_read(signed_remix, "image/jpeg")

    assert (report.valid, report.trusted) == (True, False)
    assert "signingCredential.untrusted" in report.validation_codes


def test_the_manifest_declares_generation_training_refusal_and_who(signed_remix):
    manifest = _manifest(signed_remix)

    assert manifest["claim_generator_info"][0]["name"] == "Clipmix"
    actions = _assertion(manifest, "c2pa.actions.v2")["actions"]
    assert actions[0]["action"] == "c2pa.created"
    assert actions[0]["digitalSourceType"] == GENERATED
    assert [a["action"] for a in actions[1:]] == [
        "c2pa.drawing",  # the caption
        "c2pa.drawing",  # the visible label
        "c2pa.watermarked.bound",
    ]
    assert "AI remix · Clipmix" in actions[2]["parameters"]["description"]
    training = _assertion(manifest, "cawg.training-mining")["entries"]
    for use in ("cawg.ai_training", "cawg.ai_generative_training", "cawg.ai_inference"):
        assert training[use]["use"] == "notAllowed"
    assert _assertion(manifest, "stds.schema-org.CreativeWork")["author"][0]["name"] == "@bo"
    ingredient = manifest["ingredients"][0]
    assert ingredient["relationship"] == "inputTo"
    assert ingredient["metadata"]["dc:creator"] == ["@ana"]
    assert ingredient["metadata"]["dc:source"] == "https://clipmix.example/v/7"
    assert len(ingredient["metadata"]["io.clipmix.sha256"]) == 64


def test_effects_remixes_are_labelled_as_edits_not_generation(frames, provenance_of):
    signed = remix_image_finish(frames[0], provenance_of(engine="effects", caption=""))

    actions = _assertion(_manifest(signed), "c2pa.actions.v2")["actions"]
    report = credentials_read(signed, "image/jpeg")

    assert [a["action"] for a in actions] == [
        "c2pa.opened",
        "c2pa.edited",
        "c2pa.drawing",
        "c2pa.watermarked.bound",
    ]
    assert actions[1]["digitalSourceType"] == EDITED_BY_EFFECTS
    assert "Edited · Clipmix" in actions[2]["parameters"]["description"]
    assert report.valid
    assert not report.ai_generated


def test_a_changed_pixel_invalidates_the_credentials(signed_remix):
    tampered = bytearray(signed_remix)
    position = len(tampered) - 200  # inside the compressed image data, before the end marker
    tampered[position] ^= 0x01

    report = credentials_read(bytes(tampered), "image/jpeg")

    assert report.present
    assert not report.valid
    assert "assertion.dataHash.mismatch" in report.validation_codes


def test_a_changed_byte_in_the_manifest_invalidates_the_credentials(signed_remix):
    position = signed_remix.index(b"notAllowed")
    tampered = signed_remix[:position] + b"NOTAllowed" + signed_remix[position + 10 :]

    report = credentials_read(tampered, "image/jpeg")

    assert report.present
    assert not report.valid


def test_remix_images_are_at_least_512_px_on_the_short_side(signed_remix):
    assert min(Image.open(io.BytesIO(signed_remix)).size) >= 512


def test_signing_refuses_without_credentials(settings, provenance_of):
    settings.CLIPMIX_C2PA_CERT_CHAIN = "/nonexistent/chain.pem"

    with pytest.raises(ImproperlyConfigured, match="CLIPMIX_C2PA_CERT_CHAIN"):
        jpeg_sign(b"\xff\xd8\xff", provenance_of())


def test_the_development_chain_has_the_usages_c2pa_requires(chain_paths):
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    signer, intermediate = x509.load_pem_x509_certificates(chain_paths["chain"].read_bytes())
    usages = signer.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    key_usage = signer.extensions.get_extension_for_class(x509.KeyUsage).value

    assert key_usage.digital_signature
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in usages
    assert x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36") in usages  # documentSigning
    assert intermediate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert b"BEGIN PRIVATE KEY" in chain_paths["key"].read_bytes()  # PKCS#8
