"""Score an extraction file against a hand-made gold file, as ``spacy evaluate`` scores a model.

The gold format and the matching rules are those of the project's shared scorer (README.md,
"Measuring quality"): entities match by a case-, accent- and punctuation-insensitive name or
alias; statements are the set of (speaker, kind, negated) per document, with their dates and
content cues scored on the matched ones; relations match on (type, source, target), either order
for symmetric types, speculation kept apart; identity counts the gold entities of several
documents that keep one system id. The totals are the shared scorer's figures; the breakdowns
(entities by type, statements and dates by kind, relations by type, identity by type) add up to
them.
"""
from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tabulate import tabulate

from kg.errors import KgError
from kg.schema import ENTITY_TYPES, STATEMENT_KINDS

SYMMETRIC_RELATIONS = frozenset({"MET_WITH", "SIGNED_AGREEMENT_WITH"})
ALWAYS_SCORED_RELATIONS = frozenset({"DEPLOYED_TO"})


class EvalInputError(KgError):
    """A gold or extraction file that cannot be read; the message is one line naming the file."""


@dataclass
class PRF:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    @property
    def precision(self) -> float:
        return round(self.tp / (self.tp + self.fp), 3) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return round(self.tp / (self.tp + self.fn), 3) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self._exact()
        return round(2 * p * r / (p + r), 3) if p + r else 0.0

    def _exact(self) -> tuple[float, float]:
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        return p, r

    def to_dict(self) -> dict[str, Any]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": self.precision, "recall": self.recall, "f1": self.f1}


@dataclass
class Ratio:
    """How many of the gold items that can be checked this way are right."""

    correct: int = 0
    of: int = 0

    def add(self, right: bool) -> None:
        self.of += 1
        self.correct += int(right)

    @property
    def share(self) -> float:
        return round(self.correct / self.of, 3) if self.of else 0.0

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "of": self.of, "share": self.share}


@dataclass
class Scores:
    entities: PRF = field(default_factory=PRF)
    entities_untyped: PRF = field(default_factory=PRF)
    entities_by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    statements: PRF = field(default_factory=PRF)
    statements_by_kind: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    statement_dates: Ratio = field(default_factory=Ratio)
    statement_dates_by_kind: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    statement_cues: Ratio = field(default_factory=Ratio)
    relations: PRF = field(default_factory=PRF)
    relations_by_type: dict[str, PRF] = field(default_factory=lambda: defaultdict(PRF))
    relations_hypothetical: PRF = field(default_factory=PRF)
    asserted_as_fact: int = 0
    identity: Ratio = field(default_factory=Ratio)
    identity_by_type: dict[str, Ratio] = field(default_factory=lambda: defaultdict(Ratio))
    junk_entities: int = 0
    unknown_kinds: int = 0
    unknown_types: int = 0
    documents: int = 0
    documents_missing: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: the shared scorer's keys, plus the breakdowns."""
        def table(d: dict) -> dict:
            return {k: v.to_dict() for k, v in sorted(d.items())}
        return {
            "entities": self.entities.to_dict(),
            "entities_untyped": self.entities_untyped.to_dict(),
            "entities_by_type": table(self.entities_by_type),
            "statements": self.statements.to_dict(),
            "statements_by_kind": table(self.statements_by_kind),
            "statement_dates": self.statement_dates.to_dict(),
            "statement_dates_by_kind": table(self.statement_dates_by_kind),
            "statement_cues": {"found": self.statement_cues.correct, "of": self.statement_cues.of,
                               "share": self.statement_cues.share},
            "relations": self.relations.to_dict(),
            "relations_by_type": table(self.relations_by_type),
            "relations_hypothetical": {**self.relations_hypothetical.to_dict(),
                                       "asserted_as_fact": self.asserted_as_fact},
            "cross_document_identity": {"consistent": self.identity.correct, "of": self.identity.of,
                                        "share": self.identity.share},
            "identity_by_type": table(self.identity_by_type),
            "junk_entities": self.junk_entities,
            "unknown_kinds": self.unknown_kinds,
            "unknown_types": self.unknown_types,
            "documents": self.documents,
            "documents_missing": list(self.documents_missing),
        }


def norm(text: str | None) -> str:
    """The gold's matching key: no case, accents, punctuation, spaces or leading "the"."""
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    text = re.sub(r"^(the)\s+", "", text.strip().lower())
    return re.sub(r"[^a-z0-9]", "", text)


class _GoldDoc:
    def __init__(self, raw: dict) -> None:
        self.raw = raw
        self.entities: list[dict] = raw.get("entities", [])
        self.by_name = {}
        self.by_alias = {}
        for e in self.entities:
            self.by_name.setdefault(norm(e["name"]), e)
            for k in [norm(e["name"])] + [norm(a) for a in e.get("aliases", [])]:
                self.by_alias.setdefault(k, e)
        self.junk = {norm(n) for n in raw.get("not_entities", [])}

    def match(self, name: str) -> dict | None:
        """The gold entity named so, or else the first one with this alias."""
        k = norm(name)
        return self.by_name.get(k) or self.by_alias.get(k)


class _DocScorer:
    """One gold document against its system record; adds to ``Scores``."""

    def __init__(self, gold: _GoldDoc, record: dict, scores: Scores, rel_types: set[str],
                 identity: dict[str, set]) -> None:
        self.g, self.rec, self.s, self.rel_types, self.identity = gold, record, scores, rel_types, identity
        self.id_to_gold: dict[Any, dict] = {}
        self.id_to_name: dict[Any, str] = {}

    def run(self) -> None:
        self.entities()
        self.statements()
        self.relations()

    def entities(self) -> None:
        s, g = self.s, self.g
        seen_typed: set[str] = set()
        seen_untyped: set[str] = set()
        fp = fp_untyped = 0
        for e in self.rec.get("entities", []):
            etype = e.get("type")
            if etype not in ENTITY_TYPES:
                s.unknown_types += 1
            self.id_to_name[e.get("id")] = e.get("name", "")
            ge = g.match(e.get("name", ""))
            if ge is None:
                s.junk_entities += norm(e.get("name", "")) in g.junk
                fp, fp_untyped = fp + 1, fp_untyped + 1
                s.entities_by_type[str(etype)].add(fp=1)
                continue
            self.id_to_gold[e.get("id")] = ge
            self.identity.setdefault(ge["name"], set()).add(e.get("id"))
            name = ge["name"]
            if name in seen_untyped:
                fp_untyped += 1   # one real thing split into several system entities
            seen_untyped.add(name)
            if etype == ge["type"] and name not in seen_typed:
                seen_typed.add(name)
            elif not ge.get("optional"):
                fp += 1
                s.entities_by_type[str(etype)].add(fp=1)
        required = [e for e in g.entities if not e.get("optional")]
        tp = sum(1 for e in required if e["name"] in seen_typed)
        tp_untyped = sum(1 for e in required if e["name"] in seen_untyped)
        s.entities.add(tp, fp, len(required) - tp)
        s.entities_untyped.add(tp_untyped, fp_untyped, len(required) - tp_untyped)
        for e in required:
            hit = e["name"] in seen_typed
            s.entities_by_type[e["type"]].add(tp=int(hit), fn=int(not hit))

    def _gold_name(self, ref: Any) -> str:
        """The gold name a system entity id (or a bare name) stands for, or "?name"."""
        ge = self.id_to_gold.get(ref)
        if ge is None and isinstance(ref, str):
            ge = self.g.match(self.id_to_name.get(ref, ref))
        return ge["name"] if ge else f"?{self.id_to_name.get(ref, ref)}"

    def statements(self) -> None:
        s = self.s
        found: dict[tuple, list[dict]] = {}
        for st in self.rec.get("statements", []):
            if st.get("kind") not in STATEMENT_KINDS:
                s.unknown_kinds += 1
            key = (self._gold_name(st.get("speaker")), st.get("kind"), bool(st.get("negated", False)))
            found.setdefault(key, []).append(st)
        gold = self.g.raw.get("statements", [])
        required = {_statement_key(x) for x in gold if not x.get("optional")}
        allowed = {_statement_key(x) for x in gold}
        system = set(found)
        s.statements.add(len(required & system), len(system - allowed), len(required - system))
        for key in required & system:
            s.statements_by_kind[str(key[1])].add(tp=1)
        for key in system - allowed:
            s.statements_by_kind[str(key[1])].add(fp=1)
        for key in required - system:
            s.statements_by_kind[str(key[1])].add(fn=1)
        for gs in gold:
            if gs.get("optional"):
                continue
            matches = found.get(_statement_key(gs), [])
            if gs.get("date"):
                right = any(m.get("date") == gs["date"] for m in matches)
                s.statement_dates.add(right)
                s.statement_dates_by_kind[gs["kind"]].add(right)
            if gs.get("cue"):
                s.statement_cues.add(any(gs["cue"].lower() in (m.get("content") or "").lower()
                                         for m in matches))

    def relations(self) -> None:
        s, types = self.s, self.rel_types

        def system_key(r: dict) -> tuple:
            return _relation_key(r.get("type"), self._gold_name(r.get("source")), self._gold_name(r.get("target")))

        asserted, speculated = set(), set()
        for r in self.rec.get("relations", []):
            if r.get("type") in types:
                (speculated if r.get("hypothetical") else asserted).add(system_key(r))
        for r in self.rec.get("speculations", []) or []:
            if r.get("type") in types:
                speculated.add(system_key(r))
        gold = self.g.raw.get("relations", [])
        required = {_gold_relation(r) for r in gold if not r.get("optional") and not r.get("hypothetical")}
        allowed = {_gold_relation(r) for r in gold}
        s.relations.add(len(required & asserted), len(asserted - allowed), len(required - asserted))
        for t in types:
            req_t = {k for k in required if k[0] == t}
            sys_t = {k for k in asserted if k[0] == t}
            s.relations_by_type[t].add(len(req_t & sys_t), len(sys_t - allowed), len(req_t - sys_t))
        hyp_required = {_gold_relation(r) for r in gold if r.get("hypothetical") and not r.get("optional")}
        hyp_free = {_gold_relation(r) for r in gold if r.get("hypothetical") or r.get("optional")}
        s.relations_hypothetical.add(len(hyp_required & speculated), len(speculated - hyp_free),
                                     len(hyp_required - speculated))
        s.asserted_as_fact += len(hyp_required & asserted)


def _statement_key(gs: dict) -> tuple:
    return (gs["speaker"], gs["kind"], bool(gs["negated"]))


def _relation_key(rtype: Any, source: Any, target: Any) -> tuple:
    if rtype in SYMMETRIC_RELATIONS and str(target) < str(source):
        source, target = target, source
    return (rtype, source, target)


def _gold_relation(r: dict) -> tuple:
    return _relation_key(r["type"], r["source"], r["target"])


def _record_file(record: dict) -> str | None:
    d = record.get("document") or {}
    for key in ("file", "path", "source_path", "id"):
        if d.get(key):
            return Path(str(d[key])).name
    return None


def score(gold: dict, records: list[dict]) -> Scores:
    """Score extraction records (the dicts of the extraction file) against a gold dict."""
    scores = Scores()
    by_file = {_record_file(r): r for r in records}
    rel_types = set(ALWAYS_SCORED_RELATIONS)
    for doc in gold["documents"]:
        rel_types.update(r["type"] for r in doc.get("relations", []))
    identity: dict[str, set] = {}
    for raw in gold["documents"]:
        scores.documents += 1
        record = by_file.get(raw["file"])
        if record is None:
            scores.documents_missing.append(raw["file"])
            record = {}
        _DocScorer(_GoldDoc(raw), record, scores, rel_types, identity).run()
    occurrences: dict[str, list[str]] = defaultdict(list)
    for raw in gold["documents"]:
        for e in raw.get("entities", []):
            if not e.get("optional"):
                occurrences[e["name"]].append(e["type"])
    for name, ids in identity.items():
        if len(occurrences.get(name, [])) > 1:
            one = len(ids) == 1
            scores.identity.add(one)
            scores.identity_by_type[occurrences[name][0]].add(one)
    return scores


def read_gold(path: str | Path) -> dict:
    """The gold file, checked for the fields scoring needs."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as e:
        raise EvalInputError(f"{path}: cannot read ({e.strerror})") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as e:
        raise EvalInputError(f"{path}: not valid JSON ({e})") from None
    docs = gold.get("documents") if isinstance(gold, dict) else None
    if not isinstance(docs, list):
        raise EvalInputError(f"{path}: not a gold file (no \"documents\" list)")
    for n, doc in enumerate(docs):
        problem = _gold_problem(doc)
        if problem:
            raise EvalInputError(f"{path}: document {n + 1}: {problem}")
    return gold


def _gold_problem(doc: Any) -> str | None:
    if not isinstance(doc, dict) or not isinstance(doc.get("file"), str):
        return "no \"file\""
    for e in doc.get("entities", []):
        if not isinstance(e, dict) or not isinstance(e.get("name"), str) or "type" not in e:
            return f"entity without name or type: {json.dumps(e)[:80]}"
    for st in doc.get("statements", []):
        if not isinstance(st, dict) or not {"speaker", "kind", "negated"} <= set(st):
            return f"statement without speaker, kind or negated: {json.dumps(st)[:80]}"
    for r in doc.get("relations", []):
        if not isinstance(r, dict) or not {"type", "source", "target"} <= set(r):
            return f"relation without type, source or target: {json.dumps(r)[:80]}"
    return None


def read_extraction(path: str | Path) -> list[dict]:
    """The records of an extraction file (JSON Lines), each checked to be a JSON object."""
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise EvalInputError(f"{path}: cannot read ({e.strerror})") from None
    except UnicodeDecodeError:
        raise EvalInputError(f"{path}: not UTF-8 text") from None
    records = []
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as e:
            raise EvalInputError(f"{path}:{n}: not valid JSON ({e.msg})") from None
        if not isinstance(record, dict):
            raise EvalInputError(f"{path}:{n}: not a JSON object")
        records.append(record)
    return records


def evaluate(gold_path: str | Path, extraction_path: str | Path) -> Scores:
    """Score the extraction file at ``extraction_path`` against the gold file at ``gold_path``."""
    return score(read_gold(gold_path), read_extraction(extraction_path))


def _row(label: str, v: PRF | Ratio) -> list:
    if isinstance(v, PRF):
        return [label, v.precision, v.recall, v.f1, v.tp, v.fp, v.fn, ""]
    return [label, "", "", "", "", "", "", f"{v.correct}/{v.of} ({v.share:.3f})"]


def render_table(scores: Scores) -> str:
    """The scores as a plain-text table: P/R/F1 rows, then the share rows."""
    rows = []
    sections = [
        ("entities", scores.entities, scores.entities_by_type),
        ("entities (untyped)", scores.entities_untyped, {}),
        ("statements", scores.statements, scores.statements_by_kind),
        ("relations", scores.relations, scores.relations_by_type),
        ("relations (hypothetical)", scores.relations_hypothetical, {}),
        ("statement dates", scores.statement_dates, scores.statement_dates_by_kind),
        ("statement content cues", scores.statement_cues, {}),
        ("cross-document identity", scores.identity, scores.identity_by_type),
    ]
    for label, total, parts in sections:
        rows.append(_row(label, total))
        rows += [_row(f"- {name}", v) for name, v in sorted(parts.items())]
    table = tabulate(rows, headers=["what", "P", "R", "F1", "tp", "fp", "fn", "right"],
                     tablefmt="simple", floatfmt=".3f")
    notes = [f"{scores.documents} gold documents; junk entities {scores.junk_entities}; "
             f"hypothetical relations asserted as fact {scores.asserted_as_fact}"]
    if scores.documents_missing:
        notes.append("documents missing from the extraction: " + ", ".join(scores.documents_missing))
    if scores.unknown_kinds or scores.unknown_types:
        notes.append(f"outside kg's vocabulary: {scores.unknown_kinds} statement kinds, "
                     f"{scores.unknown_types} entity types")
    return table + "\n" + "\n".join(notes)
