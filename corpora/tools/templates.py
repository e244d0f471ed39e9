"""Reads the hand-written template files (corpora/tools/templates/*.tpl) used by generate_corpus.py.

The template format is line based, so the text needs no quoting or escaping:

    # comment
    [kind key]          starts a section (kinds: concept, prompts, fact, values, gender)
    @field value        sets a scalar field of the current section
    name:               starts a list in the current section
    any other line      is one item of the current list

The files are named *.tpl, not *.txt, because the trainer reads every *.txt under corpora/ as a corpus.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

SECTION = re.compile(r"\[(concept|prompts|fact|values|gender) ([a-z0-9_-]+)\]")
LIST_START = re.compile(r"([a-z_]+):")


class TemplateError(Exception):
    """A template file is malformed; the message starts with "file:line: "."""


@dataclass
class Section:
    kind: str
    key: str
    where: str
    scalars: dict[str, str] = field(default_factory=dict)
    lists: dict[str, list[str]] = field(default_factory=dict)

    def get(self, name: str, default: str = "") -> str:
        return self.scalars.get(name, default)

    def words(self, name: str) -> list[str]:
        return self.get(name).split()

    def texts(self, name: str) -> list[str]:
        return self.lists.get(name, [])


@dataclass
class Templates:
    """All sections of one language's template file, by kind and key."""

    language: str
    sections: dict[str, dict[str, Section]]

    def of(self, kind: str) -> dict[str, Section]:
        return self.sections.get(kind, {})

    def section(self, kind: str, key: str) -> Section:
        try:
            return self.sections[kind][key]
        except KeyError:
            raise TemplateError(f"templates/{self.language}.tpl: missing section [{kind} {key}]") from None


def parse(path: Path) -> Templates:
    sections: dict[str, dict[str, Section]] = {}
    current: Section | None = None
    current_list: list[str] | None = None
    text = path.read_text(encoding="utf-8")
    for number, raw in enumerate(text.splitlines(), start=1):
        where = f"{path}:{number}"
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line != unicodedata.normalize("NFC", line):
            raise TemplateError(f"{where}: text is not in Unicode NFC")
        section = SECTION.fullmatch(line)
        if section:
            kind, key = section.groups()
            if key in sections.setdefault(kind, {}):
                raise TemplateError(f"{where}: duplicate section [{kind} {key}]")
            current = Section(kind, key, where)
            sections[kind][key] = current
            current_list = None
            continue
        if current is None:
            raise TemplateError(f"{where}: text before the first [section]")
        if line.startswith("@"):
            name, _, value = line[1:].partition(" ")
            current.scalars[name] = value.strip()
            current_list = None
            continue
        list_start = LIST_START.fullmatch(line)
        if list_start:
            current_list = current.lists.setdefault(list_start.group(1), [])
            continue
        if current_list is None:
            raise TemplateError(f"{where}: list item outside a list (start one with 'name:')")
        current_list.append(line)
    return Templates(path.stem, sections)
