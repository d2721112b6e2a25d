"""The screening process's second core: one helper thread that runs a part of a screening beside
the thread that asked for it (the caption's encoding beside the prompt's, one half of the
neighbour bank beside the other).

Torch releases the GIL while it multiplies, so two torch parts run on two cores. A server
screens several requests at once, so the helper may be busy with another request's part: then
the asking thread runs its second part itself once its first is done, and nothing waits for a
helper that has more work than it can take.
"""

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")

# The executor starts its thread at the first submit, so importing this module starts none.
_helper = ThreadPoolExecutor(max_workers=1, thread_name_prefix="screening")


def beside(first: Callable[[], A], second: Callable[[], B]) -> tuple[A, B]:
    """``first()`` on this thread and ``second()`` on the helper thread, side by side; where the
    helper has not started ``second`` by the time ``first`` is done, this thread runs it."""
    rest = _helper.submit(second)
    done = first()
    return done, second() if rest.cancel() else rest.result()
