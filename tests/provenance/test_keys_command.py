from io import StringIO

from django.core.management import call_command


def test_provenance_keys_creates_a_chain_once(settings, tmp_path):
    settings.CLIPMIX_KEYS_DIR = tmp_path / "keys"
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(tmp_path / "keys" / "chain.pem")
    out = StringIO()

    call_command("provenance_keys", stdout=out)
    first = (tmp_path / "keys" / "chain.pem").read_bytes()
    call_command("provenance_keys", stdout=out)

    assert (tmp_path / "keys" / "chain.pem").read_bytes() == first
    assert {path.name for path in (tmp_path / "keys").iterdir()} == {
        "chain.pem",
        "signer.key",
        "root.pem",
    }
    assert "already" in out.getvalue()
