"""How the command line shows rows and reads ``key=value`` parameters (no store, no Cypher)."""
from __future__ import annotations

import csv
import io
import json

import click
from tabulate import tabulate


def parse_params(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for item in values:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.BadParameter(f"{item!r}: use key=value", param_hint="-P")
        params[key.strip()] = value
    return params


def render(rows: list[dict], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(rows, ensure_ascii=False, indent=2, default=str)
    columns = list(rows[0]) if rows else []
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: cell(v) for k, v in row.items()})
        return buffer.getvalue().rstrip("\n")
    if not rows:
        return "(no rows)"
    return tabulate([[cell(v, 80) for v in row.values()] for row in rows], headers=columns,
                    tablefmt="simple")


def cell(value, width: int | None = None) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(str(v) for v in value)
    text = str(value)
    if width and len(text) > width:
        text = text[: width - 1] + "…"
    return text
