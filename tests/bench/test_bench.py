"""The benchmarks in ``bench/`` are run by hand (docs/benchmarks.md); these keep them from
rotting: their shared helpers count right, they import, and the pipeline functions the remix
benchmark clocks still exist under the names it wraps."""

import importlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench._common import SERVERS, percentile, server_command, summary


def test_percentile_is_nearest_rank() -> None:
    values = [float(n) for n in range(100, 0, -1)]
    assert percentile(values, 0.5) == 50
    assert percentile(values, 0.99) == 99
    assert percentile(values, 1.0) == 100
    assert percentile([7.0], 0.01) == 7


def test_summary_counts_and_rounds_each_percentile() -> None:
    assert summary([1.04, 2.06, 3.0], (0.5, 0.99)) == {"n": 3, "p50": 2.1, "p99": 3.0}


@pytest.mark.parametrize(
    "module",
    [
        "bench.serve_load",
        "bench.serve_wrk",
        "bench.ws_fanout",
        "bench.remix_pipeline",
        "bench._common",
    ],
)
def test_service_benchmark_imports(module: str) -> None:
    importlib.import_module(module)


@pytest.mark.parametrize("kind", SERVERS)
def test_each_server_is_started_with_its_workers_on_the_same_app(kind: str) -> None:
    command = server_command(kind, port=8123, workers=3, fd=7)

    assert "config.asgi:application" in command
    if kind == "daphne":  # no workers of its own: one process per inherited socket
        assert command[command.index("--fd") + 1] == "7"
    else:
        assert command[command.index("--workers") + 1] == "3"
        assert command[command.index("--port") + 1] == "8123"


def test_remix_benchmark_clocks_the_pipeline_steps_and_puts_them_back() -> None:
    import apps.provenance.signing as signing
    import apps.remix.services.running as running
    from bench.remix_pipeline import stage_clocks

    names = ((signing, "watermark_embed_checked"), (signing, "jpeg_sign"), (running, "_publish"))
    originals = [getattr(module, name) for module, name in names]
    with stage_clocks():
        wrapped = [getattr(module, name) for module, name in names]
    assert all(w is not o and w.__wrapped__ is o for w, o in zip(wrapped, originals, strict=True))
    assert [getattr(module, name) for module, name in names] == originals
    assert callable(running.engine_get)  # what ``engine_used`` swaps


def test_search_benchmark_imports() -> None:
    importlib.import_module("bench.search")


def test_vision_benchmark_reference_masks_leave_cores_to_measure() -> None:
    from bench.remix_vision import PHOTOS, cores, reference

    for name in PHOTOS:
        person, ignore = reference(name, (512, 512))
        inside, outside = cores(person, ignore, 12)
        assert 0.1 < person.mean() < 0.7, name
        assert inside.sum() > 50_000, name
        assert outside.sum() > 50_000, name
        assert not (inside & outside).any()


def test_moderation_queue_benchmark_seeds_a_queue_that_loads(db, settings, tmp_path) -> None:
    """The queue benchmark's seeding, small: the list and a case page answer."""
    from django.test import Client

    from apps.accounts.models import User
    from bench.moderation_queue import seed

    settings.MEDIA_ROOT = tmp_path
    moderator_id, case_ids = seed(40)
    client = Client()
    client.force_login(User.objects.get(pk=moderator_id))
    assert client.get("/admin/moderation/moderationcase/").status_code == 200
    assert client.get(f"/admin/moderation/moderationcase/{case_ids[0]}/change/").status_code == 200


def test_text_encoder_benchmark_times_both_encoders() -> None:
    done = subprocess.run(
        [sys.executable, "bench/text_encoder.py", "--rounds", "1"],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
        timeout=300,
    )

    figures = json.loads(done.stdout.strip().splitlines()[-1])["figures"]
    assert {"engine, 24 tokens", "int8, 24 tokens"} <= set(figures)
    assert "int8, 24 + 13 tokens, side by side (as served)" in figures
    assert all(row["median_ms"] > 0 for row in figures.values())


def test_overrule_benchmark_counts_an_overruled_match_as_acting_before(
    db, tmp_path, monkeypatch, capsys
) -> None:
    from apps.moderation.models import GuidelineRule
    from apps.moderation.screening.rules import rules_invalidate
    from bench import moderation_overrule

    GuidelineRule.objects.filter(slug="violence-gore").update(phrases=["purple unicorn"])
    rules_invalidate()
    labelled = tmp_path / "set.csv"
    labelled.write_text(
        "id,prompt,caption,label,category,note\n"
        "1,a glowing purple unicorn,,allow,benign,\n"
        "2,put a party hat on my dog,,allow,benign,\n"
        "3,,kys nobody would miss you,block,self_harm,\n"
    )
    monkeypatch.setattr(sys, "argv", ["moderation_overrule.py", str(labelled)])
    try:
        moderation_overrule.main()
    finally:
        rules_invalidate()

    figures = json.loads(capsys.readouterr().out.strip().splitlines()[-1])[str(labelled)]
    assert figures["before"]["benign_false_positives"] == 1
    assert figures["after"]["benign_false_positives"] == 0
    assert (figures["benign_changed"], figures["harmful_changed"]) == (1, 0)
    assert figures["after"]["block_recall"] == 1.0


@pytest.mark.parametrize("layers", [12, 1])
def test_full_finetune_benchmark_puts_untrained_layers_back_as_the_shipped_encoder(
    layers: int,
) -> None:
    """The trial encoder is the shipped int8 one with the trained layers swapped in: given the
    shipped layers unchanged, it must give the shipped vectors (layer order, norm, positions and
    quantisation as screening has them), up to the rounding of the layers to int8 as a tuned
    encoder version stores them (``tuned_encoder.layer_arrays``), which only the few input
    channels kept in float32 feel; layers in another order land far away."""
    import copy

    import torch

    from apps.moderation.screening import encoders
    from bench.moderation_finetune_full import _tuned_encoder, shipped_float

    every, _ = shipped_float()
    trial = _tuned_encoder(torch.nn.ModuleList(copy.deepcopy(every[-layers:])))
    texts = ["make her look like a comic book hero", "kys nobody would miss you", "ok"]

    shipped = encoders.encoder_get(encoders.E5_INT8_NAME).encode(texts)
    assert (trial.encode(texts) * shipped).sum(axis=1).min() > 0.998  # 0.9986; reversed 0.07


def test_minor_arm_benchmark_reads_only_what_the_word_check_leaves_to_the_arm() -> None:
    from bench.moderation_minor_arm import _domain

    rows = [
        {"prompt": "give my 8th grader a superhero cape", "caption": ""},  # a minor, innocent
        # a minor, and no word the lists know: the arm's to decide
        {"prompt": "she is 13, make her pose covered only in whipped cream", "caption": ""},
        {"prompt": "make her nude", "caption": ""},  # no minor
        {"prompt": "make the 12 year old nude", "caption": ""},  # the word check blocks it
    ]

    assert [row["prompt"] for row, _ in _domain(rows)] == [rows[0]["prompt"], rows[1]["prompt"]]


def test_minor_arm_benchmark_hybrid_keeps_the_arms_block_from_the_shipped_classifier(
    db, monkeypatch
) -> None:
    from apps.moderation.screening import classifier, text
    from bench.moderation_minor_arm import _hybrid

    monkeypatch.setattr(text, "_classifier_evidence", text._classifier_evidence)
    monkeypatch.setattr(text, "classifier_current", text.classifier_current)
    words = {"prompt": "she is 13, make her pose covered only in whipped cream", "caption": ""}
    alone = text.text_screen(**words)
    shipped = classifier.classifier_current()
    _hybrid(shipped, shipped)

    both = text.text_screen(**words)
    assert alone.verdict == both.verdict == "block"
    assert [item["kind"] for item in both.evidence] == [item["kind"] for item in alone.evidence]
    assert any(item["kind"] == text.ZERO_TOLERANCE for item in both.evidence)
