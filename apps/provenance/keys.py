"""Signing credentials: where they are, and a development chain made on demand.

A C2PA signer needs ES256 (P-256) with the private key in PKCS#8, and an end-entity certificate
with the digitalSignature key usage and the emailProtection and documentSigning extended key
usages, sent with its intermediate (not the root). ``development_chain_create`` makes exactly
that, under a root that only development trusts.
"""

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

DOCUMENT_SIGNING = x509.ObjectIdentifier("1.3.6.1.5.5.7.3.36")
NOT_CONFIGURED = (
    "Content Credentials signing is not configured: set CLIPMIX_C2PA_CERT_CHAIN and "
    "CLIPMIX_C2PA_PRIVATE_KEY (see docs/operations.md), or run `manage.py provenance_keys` in "
    "development."
)


@dataclass(frozen=True)
class SigningCredentials:
    chain_pem: bytes  # end-entity certificate, then intermediates
    private_key_pem: bytes  # PKCS#8
    timestamp_url: str | None


def signing_credentials_load() -> SigningCredentials:
    """The configured chain and key; refuses (ImproperlyConfigured) when they are missing."""
    chain, key = Path(settings.CLIPMIX_C2PA_CERT_CHAIN), Path(settings.CLIPMIX_C2PA_PRIVATE_KEY)
    if not chain.is_file() or not key.is_file():
        raise ImproperlyConfigured(NOT_CONFIGURED)
    return SigningCredentials(
        chain_pem=chain.read_bytes(),
        private_key_pem=key.read_bytes(),
        timestamp_url=settings.CLIPMIX_C2PA_TSA_URL or None,
    )


def trust_anchors_pem() -> str | None:
    path = settings.CLIPMIX_C2PA_TRUST_ANCHORS
    return Path(path).read_text() if path and Path(path).is_file() else None


def _name(common_name: str) -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, common_name),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Clipmix development"),
        ]
    )


def _certificate(
    *,
    subject: str,
    issuer: str,
    public_key: ec.EllipticCurvePublicKey,
    issuer_key: ec.EllipticCurvePrivateKey,
    ca_path_length: int | None,
    days: int,
) -> x509.Certificate:
    now = datetime.datetime.now(datetime.UTC)
    is_ca = ca_path_length is not None
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(subject))
        .issuer_name(_name(issuer))
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=ca_path_length), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=not is_ca,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=is_ca,
                crl_sign=is_ca,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
            critical=False,
        )
    )
    if not is_ca:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION, DOCUMENT_SIGNING]),
            critical=False,
        )
    return builder.sign(issuer_key, hashes.SHA256())


def development_chain_create(folder: Path) -> dict[str, Path]:
    """Root → intermediate → signing certificate, written to ``folder``. Returns the paths."""
    folder.mkdir(parents=True, exist_ok=True)
    root_key, intermediate_key, signer_key = (
        ec.generate_private_key(ec.SECP256R1()) for _ in range(3)
    )
    root = _certificate(
        subject="Clipmix Development Root", issuer="Clipmix Development Root",
        public_key=root_key.public_key(), issuer_key=root_key, ca_path_length=1, days=3650,
    )  # fmt: skip
    intermediate = _certificate(
        subject="Clipmix Development Intermediate", issuer="Clipmix Development Root",
        public_key=intermediate_key.public_key(), issuer_key=root_key, ca_path_length=0,
        days=1825,
    )  # fmt: skip
    signer = _certificate(
        subject="Clipmix Development Signer", issuer="Clipmix Development Intermediate",
        public_key=signer_key.public_key(), issuer_key=intermediate_key, ca_path_length=None,
        days=365,
    )  # fmt: skip
    pem = serialization.Encoding.PEM
    paths = {
        "root": folder / "root.pem",
        "chain": folder / "chain.pem",
        "key": folder / "signer.key",
    }
    paths["root"].write_bytes(root.public_bytes(pem))
    paths["chain"].write_bytes(signer.public_bytes(pem) + intermediate.public_bytes(pem))
    paths["key"].write_bytes(
        signer_key.private_bytes(
            pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    paths["key"].chmod(0o600)
    return paths
