"""The screening helper thread: the second part runs beside the first, or on the asking thread
when the helper is busy with another request's part."""

import threading
import time

from apps.moderation.screening.beside import beside


def _thread_name() -> str:
    return threading.current_thread().name


def test_the_second_part_runs_on_the_helper_thread() -> None:
    started = threading.Event()

    def on_helper() -> str:
        started.set()
        return _thread_name()

    def meanwhile() -> str:
        started.wait(timeout=5)  # a helper that never starts fails the test, not hangs it
        return _thread_name()

    first, second = beside(meanwhile, on_helper)

    assert first == threading.current_thread().name
    assert second.startswith("screening")


def test_a_busy_helper_leaves_the_second_part_to_the_asking_thread() -> None:
    started, gate = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        gate.wait(timeout=10)

    # The other request's first part waits until its second holds the helper.
    other_request = threading.Thread(target=beside, args=(lambda: started.wait(5), hold))
    other_request.start()
    assert started.wait(timeout=5)
    release = threading.Timer(5, gate.set)  # a beside that waited for the helper ends anyway
    release.start()
    try:
        begun = time.monotonic()
        first, second = beside(lambda: "first", _thread_name)
        waited = time.monotonic() - begun
    finally:
        gate.set()
        release.cancel()
        other_request.join()

    assert (first, second) == ("first", threading.current_thread().name)
    assert waited < 2


def test_results_come_back_in_order_of_the_parts() -> None:
    assert beside(lambda: 1, lambda: "two") == (1, "two")
