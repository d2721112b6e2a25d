import pytest

from apps.moderation.models import AuditEntry, GuidelineRule

URL = "/api/v1/remix/prompt-check"


@pytest.fixture
def client_in(client, user):
    client.force_login(user)
    return client


def test_a_harmful_prompt_is_refused_with_the_guidelines_words(client_in, user):
    response = client_in.post(
        URL, {"prompt": "make her naked", "caption": ""}, content_type="application/json"
    )
    assert response.status_code == 422
    body = response.json()
    assert body["code"] == "guideline_violation"
    assert body["extra"]["category"] == "sexual_nonconsensual"
    rule = GuidelineRule.objects.get(slug=body["extra"]["rule"])
    assert body["message"] == rule.guideline
    entry = AuditEntry.objects.get(action="prompt_blocked")
    assert (entry.actor, entry.target_id) == ("automatic", str(user.pk))


def test_harm_in_the_caption_alone_is_refused(client_in):
    response = client_in.post(
        URL,
        {"prompt": "put a party hat on him", "caption": "kill yourself"},
        content_type="application/json",
    )
    assert response.status_code == 422


def test_a_playful_prompt_is_allowed(client_in):
    response = client_in.post(
        URL,
        {"prompt": "turn this into a watercolour painting", "caption": "Monday mood"},
        content_type="application/json",
    )
    assert response.status_code == 200
    assert response.json() == {"verdict": "allow", "category": "", "message": ""}


def test_a_prompt_over_the_length_limit_is_a_clear_422(client_in):
    response = client_in.post(URL, {"prompt": "a" * 301}, content_type="application/json")
    assert response.status_code == 422
    assert set(response.json()) == {"message", "code", "extra"}


def test_checking_a_prompt_needs_a_login(client, db):
    response = client.post(URL, {"prompt": "a cat"}, content_type="application/json")
    assert response.status_code == 401
    assert response.json()["code"] == "not_authenticated"


def test_prompt_checks_are_rate_limited_per_user(client_in, settings):
    settings.CLIPMIX_RATE_LIMITS = {**settings.CLIPMIX_RATE_LIMITS, "prompt_check": "2/600"}
    for _ in range(2):
        ok = client_in.post(URL, {"prompt": "a cat"}, content_type="application/json")
        assert ok.status_code == 200
    refused = client_in.post(URL, {"prompt": "a cat"}, content_type="application/json")
    assert refused.status_code == 429
    assert refused.json()["code"] == "rate_limited"
