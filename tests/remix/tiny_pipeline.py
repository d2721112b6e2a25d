"""A tiny random-weight Stable Diffusion pipeline, for tests and benchmarks only.

It has the real shape of a Stable Diffusion 1.x image-to-image pipeline (UNet, VAE, CLIP text
encoder and tokenizer, scheduler) with a few thousand parameters instead of a billion, so the
diffusion engine loads it through the same ``from_pretrained`` path it uses for a real model,
without any download. Its images are noise-like: it proves the plumbing, never the quality.
Built from a fixed seed, so the saved weights (and every image made with them) are the same on
every run. Saved, it takes about 7 MB.
"""

import json
from pathlib import Path
from typing import Any

# The CLIP tokenizer's byte-level alphabet: printable bytes stand for themselves, the others are
# shifted past 255 so that every byte has a visible character (the GPT-2 / CLIP convention).
_PRINTABLE = [*range(ord("!"), ord("~") + 1), *range(ord("¡"), ord("¬") + 1)]
_PRINTABLE += list(range(ord("®"), ord("ÿ") + 1))


def _byte_alphabet() -> list[str]:
    characters, shifted = [], 0
    for byte in range(256):
        if byte in _PRINTABLE:
            characters.append(chr(byte))
        else:
            characters.append(chr(256 + shifted))
            shifted += 1
    return characters


def _tokenizer_files_write(directory: Path) -> tuple[Path, Path]:
    """A minimal CLIP vocabulary: the special tokens, every byte alone and at a word's end,
    and a handful of merges so that common words become one token."""
    alphabet = _byte_alphabet()
    words = ["the", "on", "a", "beach", "at", "sunset", "in", "style", "of", "me", "put"]
    merges: list[str] = []
    tokens = ["<|startoftext|>", "<|endoftext|>", *alphabet, *(c + "</w>" for c in alphabet)]
    for word in words:
        # Merge left to right: "b e", "be a", "bea c", "beac h</w>"…
        pieces = [*word[:-1], word[-1] + "</w>"]
        merged = pieces[0]
        for piece in pieces[1:]:
            merges.append(f"{merged} {piece}")
            merged += piece
            tokens.append(merged)
    vocab = {token: index for index, token in enumerate(dict.fromkeys(tokens))}
    vocab_path, merges_path = directory / "vocab.json", directory / "merges.txt"
    vocab_path.write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    unique_merges = list(dict.fromkeys(merges))
    merges_path.write_text("#version: 0.2\n" + "\n".join(unique_merges) + "\n", encoding="utf-8")
    return vocab_path, merges_path


def tiny_pipeline_save(directory: Path) -> Path:
    """Build the tiny pipeline and ``save_pretrained`` it into ``directory``; return it.

    Imports torch, diffusers and transformers (call it from tests and benchmarks only).
    """
    import torch
    from diffusers import (
        AutoencoderKL,
        DDIMScheduler,
        StableDiffusionImg2ImgPipeline,
        UNet2DConditionModel,
    )
    from transformers import CLIPTextConfig, CLIPTextModel, CLIPTokenizer

    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    tokenizer_source = directory / "_tokenizer_source"
    tokenizer_source.mkdir(exist_ok=True)
    vocab_path, merges_path = _tokenizer_files_write(tokenizer_source)
    tokenizer = CLIPTokenizer(vocab=str(vocab_path), merges=str(merges_path), model_max_length=77)

    # fork_rng: seeding here must not change the caller's global random state.
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(0)
        unet = UNet2DConditionModel(
            block_out_channels=(32, 64),
            layers_per_block=1,
            sample_size=32,
            in_channels=4,
            out_channels=4,
            down_block_types=("DownBlock2D", "CrossAttnDownBlock2D"),
            up_block_types=("CrossAttnUpBlock2D", "UpBlock2D"),
            cross_attention_dim=32,
        )
        torch.manual_seed(0)
        vae = AutoencoderKL(
            block_out_channels=(32, 64),
            in_channels=3,
            out_channels=3,
            down_block_types=("DownEncoderBlock2D", "DownEncoderBlock2D"),
            up_block_types=("UpDecoderBlock2D", "UpDecoderBlock2D"),
            latent_channels=4,
        )
        torch.manual_seed(0)
        text_encoder = CLIPTextModel(
            CLIPTextConfig(
                bos_token_id=tokenizer.bos_token_id,
                eos_token_id=tokenizer.eos_token_id,
                pad_token_id=tokenizer.pad_token_id,
                hidden_size=32,
                intermediate_size=37,
                layer_norm_eps=1e-05,
                num_attention_heads=4,
                num_hidden_layers=2,
                vocab_size=len(tokenizer),
                max_position_embeddings=77,
            )
        )
    scheduler = DDIMScheduler(
        beta_start=0.00085,
        beta_end=0.012,
        beta_schedule="scaled_linear",
        clip_sample=False,
        set_alpha_to_one=False,
        steps_offset=1,
    )
    pipeline: Any = StableDiffusionImg2ImgPipeline(
        vae=vae,
        text_encoder=text_encoder,
        tokenizer=tokenizer,
        unet=unet,
        scheduler=scheduler,
        safety_checker=None,
        feature_extractor=None,
        requires_safety_checker=False,
    )
    pipeline.save_pretrained(directory)
    for path in tokenizer_source.iterdir():
        path.unlink()
    tokenizer_source.rmdir()
    return directory
