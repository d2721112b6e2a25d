import pytest
from django.db import DatabaseError, connection, transaction

from apps.moderation.models import AuditEntry
from apps.moderation.services.audit import audit_record


@pytest.fixture
def entry(db):
    return audit_record(actor=None, action="case_opened", target_type="case", target_id=1)


def test_an_audit_entry_cannot_be_saved_again(entry):
    entry.reason = "rewritten"
    with pytest.raises(PermissionError):
        entry.save()


def test_an_audit_entry_cannot_be_deleted(entry):
    with pytest.raises(PermissionError):
        entry.delete()
    with pytest.raises(PermissionError):
        AuditEntry.objects.all().delete()


def test_the_audit_log_cannot_be_bulk_updated(entry):
    with pytest.raises(PermissionError):
        AuditEntry.objects.update(reason="rewritten")


def test_the_database_refuses_to_change_an_audit_entry(entry):
    with pytest.raises(DatabaseError), transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("UPDATE moderation_auditentry SET reason = 'rewritten'")
    assert AuditEntry.objects.get().reason == ""
