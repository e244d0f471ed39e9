"""Reads corpora/tools/heldout-values.tsv: values kept out of the corpus so the quality benchmark can test copying of
values the model never saw. Used by generate_corpus.py (never draws them) and validate_corpus.py (fails if one occurs).

Matching is by whole word, ignoring case and accents, so "Índigo", "indigo" and "INDIGO" are all the same value.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

DEFAULT_PATH = Path(__file__).resolve().parent / "heldout-values.tsv"


def fold(text: str) -> str:
    """Lower case without accents: the form in which held-out values are compared."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn").casefold()


class HeldOut:
    def __init__(self, values: list[str]):
        self.values = sorted({fold(v) for v in values})
        alternatives = "|".join(re.escape(v) for v in sorted(self.values, key=len, reverse=True))
        self._pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)") if self.values else None

    def found_in(self, text: str) -> list[str]:
        """The held-out values that occur in text as whole words."""
        return self._pattern.findall(fold(text)) if self._pattern else []


def load(path: Path = DEFAULT_PATH) -> HeldOut:
    """Reads 'kind<TAB>language<TAB>value' lines; '#' lines are comments. Raises ValueError with file:line."""
    values: list[str] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 3 or not parts[2].strip():
            raise ValueError(f"{path}:{number}: expected 'kind<TAB>language<TAB>value', got {line!r}")
        values.append(parts[2].strip())
    return HeldOut(values)
