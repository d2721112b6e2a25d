from io import StringIO

from django.core.management import call_command


def test_provenance_keys_creates_a_chain_and_a_watermark_key_once(settings, tmp_path):
    settings.CLIPMIX_KEYS_DIR = tmp_path / "keys"
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(tmp_path / "keys" / "chain.pem")
    settings.CLIPMIX_WATERMARK_KEY_FILE = str(tmp_path / "keys" / "watermark.key")
    out = StringIO()

    call_command("provenance_keys", stdout=out)
    first = (tmp_path / "keys" / "chain.pem").read_bytes()
    key = (tmp_path / "keys" / "watermark.key").read_bytes()
    call_command("provenance_keys", stdout=out)

    assert (tmp_path / "keys" / "chain.pem").read_bytes() == first
    assert (tmp_path / "keys" / "watermark.key").read_bytes() == key
    assert len(key.strip()) >= 40
    assert {path.name for path in (tmp_path / "keys").iterdir()} == {
        "chain.pem",
        "signer.key",
        "root.pem",
        "watermark.key",
    }
    assert "already" in out.getvalue()


def test_the_development_key_file_is_used_when_no_key_is_configured(settings, tmp_path):
    from apps.provenance.watermark import watermark_key_load

    settings.CLIPMIX_KEYS_DIR = tmp_path / "keys"
    settings.CLIPMIX_C2PA_CERT_CHAIN = str(tmp_path / "keys" / "chain.pem")
    settings.CLIPMIX_WATERMARK_KEY_FILE = str(tmp_path / "keys" / "watermark.key")
    settings.CLIPMIX_WATERMARK_KEY = ""
    call_command("provenance_keys", stdout=StringIO())

    assert watermark_key_load() == (tmp_path / "keys" / "watermark.key").read_bytes().strip()
