"""kg's rule files: what kg knows about news English, as data, validated and merged by section.

A rules file (TOML or JSON) is a table whose keys are *sections* ("verbs", "titles", "outlets",
...), plus an optional ``version``. A section is either a ``list`` (a word list; a file adds
items) or a ``table`` of named entries (a file adds entries, or overrides the fields of an
entry of the same name; the lists inside an entry grow). The built-in rules are the ``*.toml``
files of this package; a user's files are merged over them in the order given.

Each section is registered with the check of its items (``register``): the built-in ones in
``kg.rules.sections``; a module that owns a kind of rule data registers its own section from a
module listed in ``SECTION_PROVIDERS``. A check raises ``RuleProblem`` naming what is wrong with
one item; the loader turns it into a ``RulesError`` naming the file and the entry.
"""
from __future__ import annotations

import importlib
import json
import tomllib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

from kg.errors import KgError

FORMAT_VERSION = 1
BUILTIN_DIR = Path(__file__).parent
# Modules that register sections; imported before any file is read. A provider must not import
# kg.lexicon at module level (kg.lexicon reads the rules when it is imported).
SECTION_PROVIDERS = ("kg.rules.sections", "kg.relation_rules")


class RulesError(KgError):
    """A rules file kg cannot use: one line naming the file, the entry and the problem."""

    def __init__(self, file: str, where: str | None, problem: str) -> None:
        self.file, self.where, self.problem = file, where, problem
        super().__init__(f"{file}: {where}: {problem}" if where else f"{file}: {problem}")


class RuleProblem(ValueError):
    """What is wrong with one item of a section, raised by the section's check."""


# check(key, value) -> the value to keep. For a list section the key is the item's position.
Check = Callable[[str, Any], Any]


@dataclass(frozen=True)
class Section:
    name: str
    shape: Literal["list", "table"]
    check: Check
    about: str = ""          # one line for error messages and the README


_SECTIONS: dict[str, Section] = {}


def register(section: Section) -> None:
    """Make a section known (a later registration of the same name replaces the earlier)."""
    _SECTIONS[section.name] = section


def registered_sections() -> Mapping[str, Section]:
    for module in SECTION_PROVIDERS:
        importlib.import_module(module)
    return _SECTIONS


@dataclass(frozen=True, eq=False)
class Rules:
    """Merged rule data by section, and the files it came from (built-in files first)."""

    data: Mapping[str, Any]
    files: tuple[str, ...] = ()
    derived: dict[str, Any] = field(default_factory=dict, repr=False)  # caches of kg.lexicon

    def __getitem__(self, name: str) -> Any:
        if name in self.data:
            return self.data[name]
        shape = registered_sections()[name].shape      # KeyError for a section nobody registered
        return [] if shape == "list" else {}

    def merged(self, path: str | Path) -> Rules:
        """These rules with one more file's entries added or overriding."""
        data = dict(self.data)
        for name, value in read_file(path).items():
            data[name] = _merge_section(registered_sections()[name], data.get(name), value)
        return Rules(data, (*self.files, str(path)))


def read_file(path: str | Path) -> dict[str, Any]:
    """One rules file, parsed and checked entry by entry (RulesError on the first problem)."""
    path = Path(path)
    raw = _parse(path)
    version = raw.pop("version", FORMAT_VERSION)
    if version != FORMAT_VERSION:
        raise RulesError(str(path), "version", f"unsupported version {version!r} (this kg reads {FORMAT_VERSION})")
    known = registered_sections()
    out: dict[str, Any] = {}
    for name, value in raw.items():
        section = known.get(name)
        if section is None:
            raise RulesError(str(path), name, f"unknown section (sections: {', '.join(sorted(known))})")
        out[name] = _check_section(path, section, value)
    return out


def _parse(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise RulesError(str(path), None, f"cannot read ({exc.strerror or exc})") from None
    try:
        if path.suffix == ".toml":
            raw = tomllib.loads(text)
        elif path.suffix == ".json":
            raw = json.loads(text)
        else:
            raise RulesError(str(path), None, "a rules file is .toml or .json")
    except (tomllib.TOMLDecodeError, json.JSONDecodeError) as exc:
        raise RulesError(str(path), None, f"not valid {path.suffix[1:].upper()} ({exc})") from None
    if not isinstance(raw, dict):
        raise RulesError(str(path), None, "a rules file is a table of sections")
    return raw


def _check_section(path: Path, section: Section, value: Any) -> Any:
    if section.shape == "list":
        if not isinstance(value, list):
            raise RulesError(str(path), section.name, f"expected a list ({section.about})")
        items = enumerate(value)
    else:
        if not isinstance(value, dict):
            raise RulesError(str(path), section.name, f"expected a table of entries ({section.about})")
        items = value.items()
    checked: dict[Any, Any] = {}
    for key, item in items:
        where = f"{section.name}[{key}]" if section.shape == "list" else f"{section.name}.{key}"
        try:
            checked[key] = section.check(str(key), item)
        except RuleProblem as exc:
            raise RulesError(str(path), where, str(exc)) from None
    return list(checked.values()) if section.shape == "list" else checked


def _merge_section(section: Section, old: Any, new: Any) -> Any:
    if old is None:
        return new
    if section.shape == "list":
        return _union(old, new)
    merged = dict(old)
    for key, entry in new.items():
        merged[key] = _merge_entry(merged[key], entry) if key in merged else entry
    return merged


def _merge_entry(old: Any, new: Any) -> Any:
    """A table entry named again: its fields are replaced, the lists in it grow."""
    if not (isinstance(old, dict) and isinstance(new, dict)):
        return new
    merged = dict(old)
    for name, value in new.items():
        if isinstance(value, list) and isinstance(merged.get(name), list):
            merged[name] = _union(merged[name], value)
        else:
            merged[name] = value
    return merged


def _union(old: list, new: list) -> list:
    seen = {json.dumps(item, sort_keys=True) for item in old}
    out = list(old)
    for item in new:
        key = json.dumps(item, sort_keys=True)
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


@lru_cache(maxsize=1)
def builtin() -> Rules:
    """The rules shipped with kg (every ``*.toml`` of this package, in name order), read once."""
    rules = Rules({})
    for path in sorted(BUILTIN_DIR.glob("*.toml")):
        rules = rules.merged(path)
    return rules


def load(paths: Iterable[str | Path] = ()) -> Rules:
    """The built-in rules with the user's files merged over them, in order. The same files
    (unchanged on disk) give the same Rules object, so components of one pipeline share it."""
    stamps = tuple(_stamp(Path(p)) for p in paths)
    return _load(stamps)


def _stamp(path: Path) -> tuple[str, int]:
    try:
        return str(path), path.stat().st_mtime_ns
    except OSError as exc:
        raise RulesError(str(path), None, f"cannot read ({exc.strerror or exc})") from None


@lru_cache(maxsize=16)
def _load(stamps: tuple[tuple[str, int], ...]) -> Rules:
    rules = builtin()
    for path, _ in stamps:
        rules = rules.merged(path)
    return rules
