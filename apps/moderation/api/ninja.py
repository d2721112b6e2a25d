from django.http import HttpRequest
from ninja import Router, Schema
from pydantic import Field

from apps.accounts.http import request_user
from apps.core.ratelimit import rate_limit_hit
from apps.moderation.services.prompts import prompt_screen

router = Router(tags=["moderation"])

PROMPT_MAX_LENGTH = 300
CAPTION_MAX_LENGTH = 120


class PromptCheckIn(Schema):
    prompt: str = Field(max_length=PROMPT_MAX_LENGTH)
    caption: str = Field(default="", max_length=CAPTION_MAX_LENGTH)


class PromptCheckOut(Schema):
    verdict: str = Field(description="allow, or review: a moderator will look before it appears")
    category: str
    message: str


@router.post(
    "/prompt-check",
    response=PromptCheckOut,
    summary="Check a prompt and caption against the guidelines",
    openapi_extra={"responses": {422: {"description": "guideline_violation"}}},
)
def prompt_check(request: HttpRequest, payload: PromptCheckIn) -> dict:
    """What the remix composer asks while someone writes: a prompt or caption that breaks a
    guideline is refused (422 `guideline_violation`, with the guideline's words), exactly as
    requesting the remix would refuse it."""
    requester = request_user(request)
    rate_limit_hit(scope="prompt_check", key=str(requester.pk))
    screening = prompt_screen(requester=requester, prompt=payload.prompt, caption=payload.caption)
    return {
        "verdict": str(screening.verdict),
        "category": screening.category,
        "message": screening.message,
    }
