#!/usr/bin/env python3
"""Checks that corpus files follow the project's dialogue format and prints counts per language.

Usage (from the repository root):  python3 corpora/tools/validate_corpus.py [PATH ...]
PATH may be a corpus file or a folder (searched recursively for *.txt); default: the corpora folder.
Prints one "file:line: problem" line per problem and exits 1 if there is any, 0 otherwise.
Options: --chars lists every character used with its count; --min-dialogues/--min-chars fail when the total is lower;
--heldout FILE names the values that must never occur (default: heldout-values.tsv next to this script).

The format (see corpora/README.md): UTF-8 without BOM, Unicode NFC, LF line endings; one turn per line; a blank line
ends a dialogue; lines starting with '#' are comments; turns alternate user, bot, user, bot..., so each dialogue has an
even number of turns, at least 2; no tabs or control characters; at most 200 characters per turn (trailing whitespace
is not significant and not counted). No turn may contain a held-out value (whole word, ignoring case and accents):
those are kept for the quality benchmark's unseen memory set. Standard library only.
"""

from __future__ import annotations

import argparse
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ folder inside corpora/
sys.path.insert(0, str(Path(__file__).resolve().parent))
import heldout  # noqa: E402

MAX_TURN = 200
DEFAULT_ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Stats:
    files: int = 0
    dialogues: int = 0
    turns: int = 0
    chars: int = 0
    exchanges: Counter = field(default_factory=Counter)
    alphabet: Counter = field(default_factory=Counter)

    def add(self, other: "Stats") -> None:
        self.files += other.files
        self.dialogues += other.dialogues
        self.turns += other.turns
        self.chars += other.chars
        self.exchanges.update(other.exchanges)
        self.alphabet.update(other.alphabet)


def check_file(path: Path, problems: list[str], held_out: heldout.HeldOut) -> Stats:
    stats = Stats(files=1)
    data = path.read_bytes()
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(f"{path}:1: starts with a byte order mark (BOM)")
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        problems.append(f"{path}:{line}: not valid UTF-8")
        return stats
    if "\r" in text:
        problems.append(f"{path}:{text[: text.index(chr(13))].count(chr(10)) + 1}: CR found; use LF line endings")

    block: list[tuple[int, str]] = []

    def end_dialogue() -> None:
        if not block:
            return
        first = block[0][0]
        if len(block) % 2:
            problems.append(f"{path}:{first}: dialogue has {len(block)} turns; it needs an even number (user, bot, ...)")
        stats.dialogues += 1
        stats.turns += len(block)
        stats.exchanges[len(block) // 2] += 1
        block.clear()

    for number, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip()
        if not line:
            end_dialogue()
            continue
        if line.startswith("#"):
            continue
        where = f"{path}:{number}"
        if line != unicodedata.normalize("NFC", line):
            problems.append(f"{where}: not in Unicode NFC")
        if "\t" in line:
            problems.append(f"{where}: contains a tab")
        controls = [c for c in line if unicodedata.category(c) in ("Cc", "Cf") and c != "\t"]
        if controls:
            problems.append(f"{where}: contains control or format characters {[hex(ord(c)) for c in controls]}")
        if len(line) > MAX_TURN:
            problems.append(f"{where}: turn has {len(line)} characters; the limit is {MAX_TURN}")
        if line != line.lstrip():
            problems.append(f"{where}: turn starts with whitespace")
        found = held_out.found_in(line)
        if found:
            problems.append(f"{where}: held-out value(s) {', '.join(found)} must not occur in the corpus")
        stats.chars += len(line)
        stats.alphabet.update(line)
        block.append((number, line))
    end_dialogue()
    return stats


def corpus_files(paths: list[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.txt") if p.is_file())
        elif path.is_file():
            files.append(path)
    return files


def language_of(path: Path) -> str:
    """The language is the name of the folder the file is in (corpora/en/..., corpora/pt/...)."""
    return path.parent.name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", type=Path, default=[DEFAULT_ROOT])
    parser.add_argument("--chars", action="store_true", help="list every character used, with its count")
    parser.add_argument("--min-dialogues", type=int, default=0)
    parser.add_argument("--min-chars", type=int, default=0)
    parser.add_argument("--heldout", type=Path, default=heldout.DEFAULT_PATH, help="held-out values (TSV)")
    args = parser.parse_args(argv)

    problems: list[str] = []
    try:
        held_out = heldout.load(args.heldout)
    except (OSError, ValueError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    files = corpus_files(args.paths)
    missing = [p for p in args.paths if not p.exists()]
    for path in missing:
        problems.append(f"{path}: no such file or folder")
    if not files and not missing:
        problems.append(f"{', '.join(map(str, args.paths))}: no *.txt corpus files found")

    per_language: dict[str, Stats] = {}
    total = Stats()
    for path in files:
        stats = check_file(path, problems, held_out)
        per_language.setdefault(language_of(path), Stats()).add(stats)
        total.add(stats)

    print(f"{'language':<10}{'files':>7}{'dialogues':>11}{'turns':>9}{'characters':>12}")
    for language, stats in sorted(per_language.items()):
        print(f"{language:<10}{stats.files:>7}{stats.dialogues:>11}{stats.turns:>9}{stats.chars:>12}")
    print(f"{'total':<10}{total.files:>7}{total.dialogues:>11}{total.turns:>9}{total.chars:>12}")
    shape = ", ".join(f"{n} exchange{'s' if n != 1 else ''}: {c}" for n, c in sorted(total.exchanges.items()))
    print(f"dialogue lengths: {shape}")
    print(f"distinct characters: {len(total.alphabet)}")
    if args.chars:
        for char, count in sorted(total.alphabet.items(), key=lambda item: -item[1]):
            print(f"  {char!r} U+{ord(char):04X} {count}")

    if total.dialogues < args.min_dialogues:
        problems.append(f"only {total.dialogues} dialogues; at least {args.min_dialogues} required")
    if total.chars < args.min_chars:
        problems.append(f"only {total.chars} characters of turn text; at least {args.min_chars} required")
    for problem in problems:
        print(problem, file=sys.stderr)
    if problems:
        print(f"{len(problems)} problem(s) found", file=sys.stderr)
        return 1
    print("ok: every file follows the corpus format")
    return 0


if __name__ == "__main__":
    sys.exit(main())
