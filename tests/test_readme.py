"""The README's console examples are run, so what they show cannot drift from what kg prints.

Every ```console block of README.md is a session: ``$ kg ...`` lines are commands (``&&`` runs
the next one if the first succeeded, as in a shell), the lines under one are what it prints
(stdout and stderr as a terminal shows them). The sessions run in order in one working folder
holding a copy of seeds/ (with ../shared beside it, as in a checkout), as a reader following the
README would.
Timings ("in 2.1 s") are compared as "in N s", trailing spaces and blank lines are ignored, and a
line "..." stands for any number of lines the README leaves out.
"""
from __future__ import annotations

import re
import shlex
import shutil

from click.testing import CliRunner

from conftest import ROOT, SEEDS
from kg.cli import main

BLOCK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
TIMING = re.compile(r"\bin \d+(?:\.\d+)? s\b")


def sessions(readme: str) -> list[tuple[str, list[str]]]:
    """(command, expected lines) for every ``$ kg`` line of every console block, in order."""
    steps: list[tuple[str, list[str]]] = []
    for block in BLOCK.findall(readme):
        for line in block.splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps:
                steps[-1][1].append(line)
    return steps


def normal(lines: list[str]) -> list[str]:
    out = [TIMING.sub("in N s", line.rstrip()) for line in lines]
    while out and not out[-1]:
        out.pop()
    return out


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line by line; an expected "..." line matches any run of actual lines."""
    if not expected:
        return not actual
    if expected[0].strip() == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def commands(line: str) -> list[list[str]]:
    """The kg commands of one console line, split at ``&&``."""
    parts: list[list[str]] = [[]]
    for word in shlex.split(line):
        if word == "&&":
            parts.append([])
        else:
            parts[-1].append(word)
    for args in parts:
        assert args and args[0] == "kg", f"a console example runs something other than kg: {line}"
    return [args[1:] for args in parts]


def test_readme_examples_print_what_kg_prints(tmp_path, monkeypatch):
    steps = sessions((ROOT / "README.md").read_text(encoding="utf-8"))
    assert len(steps) >= 8, "the README's console examples were not found"
    work = tmp_path / "kg"
    shutil.copytree(SEEDS, work / "seeds")
    (tmp_path / "shared").symlink_to(ROOT.parent / "shared")
    monkeypatch.chdir(work)
    runner = CliRunner()
    for line, expected in steps:
        printed: list[str] = []
        for args in commands(line):
            result = runner.invoke(main, args)
            printed += result.output.splitlines()
            assert result.exit_code == 0, f"$ {line}\n{result.output}"
        actual = normal(printed)
        assert matches(normal(expected), actual), (
            f"README drifted at `$ {line}`:\n--- README\n" + "\n".join(normal(expected))
            + "\n--- kg prints\n" + "\n".join(actual))
