"""The torch modules of ``e5_int8`` (imported by it only when it builds the model: this
module imports torch)."""

import warnings
from typing import Any, cast

import torch
from torch import nn
from torch.nn import functional


class Block(nn.Module):
    """One post-LayerNorm BERT layer: fused Q/K/V, attention over the whole sequence, output
    projection, feed-forward with exact GELU."""

    def __init__(
        self, qkv: Any, out: Any, norm1: Any, up: Any, down: Any, norm2: Any, heads: int
    ) -> None:
        super().__init__()
        self.qkv, self.out, self.norm1 = qkv, out, norm1
        self.up, self.down, self.norm2 = up, down, norm2
        self.heads = heads

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        length, hidden = x.shape
        shaped = self.qkv(x).view(length, 3, self.heads, hidden // self.heads)
        query, key, value = shaped.permute(1, 2, 0, 3)
        attended = functional.scaled_dot_product_attention(query, key, value)
        x = self.norm1(x + self.out(attended.transpose(0, 1).reshape(length, hidden)))
        return self.norm2(x + self.down(functional.gelu(self.up(x))))

    def batched(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        """``forward`` for a padded batch (texts, tokens, hidden); ``mask`` (texts, tokens) is
        True on real tokens. Training runs it; screening runs ``forward``, one text at a time."""
        batch, length, hidden = x.shape
        shaped = self.qkv(x).view(batch, length, 3, self.heads, hidden // self.heads)
        query, key, value = shaped.permute(2, 0, 3, 1, 4)
        attended = functional.scaled_dot_product_attention(
            query, key, value, attn_mask=mask[:, None, None, :]
        )
        x = self.norm1(x + self.out(attended.transpose(1, 2).reshape(batch, length, hidden)))
        return self.norm2(x + self.down(functional.gelu(self.up(x))))


class Encoder(nn.Module):
    """Position embeddings and LayerNorm, then the layers: from one text's word rows to every
    token's final hidden state."""

    positions: torch.Tensor

    def __init__(self, layers: list[Block], norm: Any, positions: torch.Tensor) -> None:
        super().__init__()
        self.layers = nn.ModuleList(layers)
        self.norm = norm
        self.register_buffer("positions", positions)

    def forward(self, words: torch.Tensor) -> torch.Tensor:
        x = self.norm(words + self.positions[: words.shape[0]])
        for layer in self.layers:
            x = layer(x)
        return x


def int8_linear(linear: nn.Linear) -> nn.Module:
    """``linear`` with int8 weights (one scale per output row) and its input quantised to
    int8 at each call (FBGEMM)."""
    with warnings.catch_warnings():
        # torch.ao's dynamic quantisation is marked for a move to torchao; its kernels
        # (FBGEMM's int8 linear) are what runs, and torch is pinned.
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", UserWarning)
        quantised: nn.Module = torch.ao.quantization.quantize_dynamic(
            nn.Sequential(linear),
            {nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig},
            dtype=torch.qint8,
        )[0]
    return quantised


class SplitLinear(nn.Module):
    """A linear layer in int8 except for a few input channels kept in float32.

    FBGEMM's dynamic int8 linear quantises its input with one scale for the whole matrix. In
    BERT-like encoders a handful of channels carry activations tens of times larger than the
    rest (at <s> and </s> above all); one scale for everything then rounds most activations to
    zero (cosine to the float model fell to 0.97). Those channels go through a small float32
    product; the rest through int8 (the decomposition of LLM.int8(), Dettmers et al. 2022)."""

    kept: torch.Tensor
    outliers: torch.Tensor
    outlier_weight: torch.Tensor

    def __init__(self, linear: nn.Linear, outliers: list[int]) -> None:
        super().__init__()
        weight = linear.weight.detach()
        keep = torch.ones(weight.shape[1], dtype=torch.bool)
        keep[outliers] = False
        self.register_buffer("kept", torch.nonzero(keep).flatten())
        self.register_buffer("outliers", torch.tensor(outliers, dtype=torch.long))
        self.register_buffer("outlier_weight", weight[:, outliers].t().contiguous())
        inner = nn.Linear(int(keep.sum()), weight.shape[0])
        inner.weight.data = weight[:, keep].contiguous()
        inner.bias.data = linear.bias.detach().clone()
        self.inner = int8_linear(inner)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        y: torch.Tensor = self.inner(x.index_select(1, self.kept))
        return y + x.index_select(1, self.outliers) @ self.outlier_weight


def input_peaks(model: Encoder, inputs: list[torch.Tensor]) -> dict[nn.Linear, torch.Tensor]:
    """The largest absolute input each linear layer saw per channel over ``inputs``."""
    peaks: dict[nn.Linear, torch.Tensor] = {}

    def record(module: Any, args: tuple[torch.Tensor, ...], _out: Any) -> None:
        peak = args[0].detach().abs().amax(dim=0)
        peaks[module] = torch.maximum(peaks[module], peak) if module in peaks else peak

    hooks = [
        module.register_forward_hook(record)
        for module in model.modules()
        if isinstance(module, nn.Linear)
    ]
    try:
        with torch.inference_mode():
            for words in inputs:
                model(words)
    finally:
        for hook in hooks:
            hook.remove()
    return peaks


def quantise(model: Encoder, inputs: list[torch.Tensor], outlier_peak: float) -> Encoder:
    """Every linear layer of ``model`` in int8; one whose input reached ``outlier_peak`` on some
    channels over the calibration ``inputs`` as a ``SplitLinear`` keeping those in float32."""
    peaks = input_peaks(model, inputs)
    for layer in model.layers:
        for name in ("qkv", "out", "up", "down"):
            linear = getattr(layer, name)
            outliers = torch.nonzero(peaks[linear] > outlier_peak).flatten().tolist()
            setattr(layer, name, SplitLinear(linear, outliers) if outliers else int8_linear(linear))
    return model


def frozen(model: nn.Module, example: torch.Tensor) -> Any:
    """``model`` traced on ``example`` and frozen (TorchScript): the same computation, without
    Python between the operators.

    TorchScript's default ("profiling") executor specialises a graph to the input shapes it has
    seen and checks them at every call; every text has its own length, so it kept re-checking
    and falling back. The plain executor runs the frozen graph for any length. Devset texts,
    one thread, ms per text p50 / p95: eager 15.8 / 21.0, traced with profiling 11.6 / 16.4,
    traced without 8.9 / 12.6. The switch is process-wide; nothing else in a process that
    screens text runs TorchScript."""
    torch._C._jit_set_profiling_executor(False)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        warnings.simplefilter("ignore", torch.jit.TracerWarning)
        with torch.no_grad():
            traced = torch.jit.trace(model.eval(), example, check_trace=False)
            return torch.jit.freeze(traced)


class Split:
    """An encoder in two parts: every layer but the last (``lower``), then the last (``top``);
    the states between them are what a fine-tuned copy of the last layer reads (``tuned.py``).
    Traced, two frozen graphs cost nothing over one: artifact v11 on the test split, p50 / p95
    ms per item, one graph 6.5 / 10.8 and 6.6 / 11.1, two 6.5 / 10.2 and 6.1 / 9.3."""

    def __init__(self, lower: Any, top: Any) -> None:
        self.lower, self.top = lower, top

    @classmethod
    def of(cls, model: Encoder, example: torch.Tensor | None) -> "Split":
        """``model`` split; traced and frozen on ``example`` where one is given."""
        lower = Encoder(
            [cast(Block, layer) for layer in model.layers[:-1]], model.norm, model.positions
        ).eval()
        top = model.layers[-1].eval()
        if example is None:
            return cls(lower, top)
        lower = frozen(lower, example)
        with torch.no_grad():
            return cls(lower, frozen(top, lower(example)))

    def __call__(self, words: torch.Tensor) -> torch.Tensor:
        return self.top(self.lower(words))
