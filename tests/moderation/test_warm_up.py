from asgiref.sync import async_to_sync

from apps.moderation.screening import warm
from apps.moderation.screening.warm import WarmUpOnFirstRequest


def _serve(middleware, times):
    async def app(scope, receive, send):
        served.append(scope["path"])

    served: list[str] = []
    middleware.app = app
    for n in range(times):
        async_to_sync(middleware)({"type": "http", "path": f"/{n}"}, None, None)
    return served


def test_the_first_request_starts_one_warm_up(settings, monkeypatch):
    settings.CLIPMIX_MODERATION_WARM_UP = True
    started = []
    monkeypatch.setattr(warm, "screeners_warm_in_background", lambda: started.append(1))

    served = _serve(WarmUpOnFirstRequest(None), times=3)

    assert served == ["/0", "/1", "/2"]
    assert started == [1]


def test_no_warm_up_when_it_is_turned_off(settings, monkeypatch):
    started = []
    monkeypatch.setattr(warm, "screeners_warm_in_background", lambda: started.append(1))

    assert _serve(WarmUpOnFirstRequest(None), times=2) == ["/0", "/1"]
    assert started == []
