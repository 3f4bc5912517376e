"""Which company a name means: the match key an HQ import uses after the account code and the
credit code, and near-duplicate names flagged as warnings (issue 10, point 4).

``company_key`` folds the ways one legal name is written differently in HQ lists: NFKC
(full-width letters, digits and ``（）`` → half-width), case, every kind of whitespace,
bracket styles, the punctuation of ``Co., Ltd.``, and 有限责任公司 ≡ 有限公司 (the same legal
form, the 公司法 uses both). 股份有限公司 stays distinct: a joint-stock company is another legal
form, and a group's 股份 parent and its 有限公司 subsidiaries often share the rest of the name —
merging them silently would be wrong; ``near_duplicates`` flags them for the rep instead.

``near_duplicates`` compares keys with rapidfuzz's normalised Indel similarity (``fuzz.ratio``).
To stay far below n² comparisons on 100,000 names it blocks them by a prefix filter: a
similarity of at least t between strings of lengths a and b needs at least t·(a+b)/2
characters in common, so two names can only reach the threshold if they share one of the
rarest few characters of each; each block is scored in C++ by ``process.cdist``. The filter is
exact: it never hides a pair that would score above the threshold.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

#: Scores are 0–100. 85 flags one differing character in a name of seven or more characters
#: (杭州甲乙科技有限公司 vs 杭州甲已科技有限公司 scores 90) and the same name with another legal
#: form (…股份有限公司 vs …有限公司 scores 92), but not two firms whose two-character brand
#: differs in an otherwise identical ten-character name (80). They are warnings, never merges,
#: so a few false alarms cost less than a missed duplicate.
NEAR_DUPLICATE_THRESHOLD = 85.0

_SPACES = re.compile(r"\s+")
_OPEN = re.compile(r"[\[【〔〖「『{<《〈]")
_CLOSE = re.compile(r"[\]】〕〗」』}>》〉]")
# Punctuation that varies without changing the name: Co., Ltd. / Co.,Ltd / Co Ltd; 、·・' " .
_NOISE = re.compile(r"[.,;:'\"`·・、。，；：‘’“”]")
_LEGAL_FORMS = (("有限责任公司", "有限公司"),)
_CHUNK = 2048  # rows of a block scored at once: 2048 × block size bytes at most


def _fold(text: str) -> str:
    key = unicodedata.normalize("NFKC", text).casefold()
    key = unicodedata.normalize("NFKC", key)  # casefolding can undo NFKC
    key = _SPACES.sub("", key)
    key = _CLOSE.sub(")", _OPEN.sub("(", key))
    key = _NOISE.sub("", key)
    for variant, form in _LEGAL_FORMS:
        key = key.replace(variant, form)
    return key


def company_key(name: str) -> str:
    """The key two spellings of one company's legal name share."""
    key = _fold(name)
    # Removing a space or a mark can bring an accent next to its letter (``A ´``), which NFKC
    # then composes: fold until nothing changes (at most a few rounds, each shortens or stops).
    while (again := _fold(key)) != key:
        key = again
    return key


@dataclass(frozen=True)
class NearDuplicate:
    """Two names (by their index in the list given) that probably mean one company."""

    first: int
    second: int
    score: float


def _tokens(key: str) -> list[tuple[str, int]]:
    """The key's characters as a multiset: the k-th occurrence of a character is its own token."""
    seen: Counter[str] = Counter()
    tokens = []
    for ch in key:
        tokens.append((ch, seen[ch]))
        seen[ch] += 1
    return tokens


def _prefix_length(size: int, threshold: float) -> int:
    # Ratio ≥ t needs overlap ≥ t·(a+b)/2 and b ≥ t·a/(2−t), so overlap ≥ t·a/(2−t): a name
    # sharing none of its first a − that + 1 rarest tokens with the other cannot reach t.
    needed = math.ceil(threshold * size / (2 - threshold) - 1e-9)
    return max(size - needed + 1, 1)


def _blocks(keys: list[str], threshold: float) -> list[list[int]]:
    """Groups of key indexes that share a prefix token; every pair that can reach
    ``threshold`` (0–1) is inside at least one group."""
    tokens = [_tokens(k) for k in keys]
    rarity = Counter(t for ts in tokens for t in ts)
    blocks: defaultdict[tuple[str, int], list[int]] = defaultdict(list)
    for i, key_tokens in enumerate(tokens):
        ordered = sorted(key_tokens, key=lambda tok: (rarity[tok], tok))
        for tok in ordered[: _prefix_length(len(ordered), threshold)]:
            blocks[tok].append(i)
    return [members for members in blocks.values() if len(members) > 1]


def near_duplicates(
    names: Sequence[str], threshold: float = NEAR_DUPLICATE_THRESHOLD
) -> list[NearDuplicate]:
    """Pairs of names whose company keys differ but score at least ``threshold`` (0–100),
    as (index of the first name with one key, index of the first with the other, score);
    names with equal keys are the same company, matched by the key and not listed here."""
    first_index: dict[str, int] = {}
    for index, key in enumerate(company_key(n) for n in names):
        if key:
            first_index.setdefault(key, index)
    keys = list(first_index)
    found: set[tuple[int, int]] = set()
    for members in _blocks(keys, threshold / 100):
        block = [keys[m] for m in members]
        for start in range(0, len(block), _CHUNK):
            # uint8 scores keep a block's matrix small; the cut-off one below the threshold
            # keeps every pair that rounding could push under it, and each is scored again.
            scores = process.cdist(
                block[start : start + _CHUNK],
                block,
                scorer=fuzz.ratio,
                score_cutoff=max(threshold - 1, 0),
                dtype=np.uint8,
                workers=-1,
            )
            for row, column in zip(*np.nonzero(scores), strict=True):
                a, b = members[start + int(row)], members[int(column)]
                if a < b:
                    found.add((a, b))
    pairs = []
    for a, b in found:
        score = fuzz.ratio(keys[a], keys[b], score_cutoff=threshold)
        if score:
            one, other = sorted((first_index[keys[a]], first_index[keys[b]]))
            pairs.append(NearDuplicate(one, other, round(score, 1)))
    pairs.sort(key=lambda p: (p.first, p.second))
    return pairs


__all__ = ["NEAR_DUPLICATE_THRESHOLD", "NearDuplicate", "company_key", "near_duplicates"]
