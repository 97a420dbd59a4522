"""Who said, confirmed, denied... what, and when: attributions read off the dependency parse.

The rules follow how news attributes speech: a verb of saying and its subject ("Rutte told
reporters"), quote-first sentences, conjoined speakers, "according to X", a spokesperson standing
for their organisation, pronouns pointing back to the last person who spoke, first-person
verbs inside a quote belonging to the quote's speaker, and negation carried by the verb or by
a governing "refused to" / "refrained from".
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from kg import lexicon
from kg.dates import is_day_expression, resolve_day
from kg.entities import DocEntities, _is_title_word
from kg.gazetteer import fold
from kg.schema import Statement

# Who speaks for the organisation named beside them: "a Pentagon spokesperson", "the UN panel".
SPEAKER_NOUNS = frozenset("spokesperson spokesman spokeswoman official officials source sources envoy "
                          "representative ambassador office panel committee commission mission team "
                          "delegation".split())
# An unnamed official speaks for an organisation ("a Pentagon official"), not for a whole country.
_PRONOUNS = frozenset("it them this that these those".split())
ANONYMOUS_NOUNS = frozenset("official officials source sources".split())


@dataclass
class _Context:
    doc: Doc
    ents: DocEntities
    sentence_of: dict[int, int]
    published: date | None
    quotes: list[tuple[int, int]]
    in_quote: set[int]
    last_person: str | None = None
    last_org: str | None = None
    anchor: date | None = None


def find_quotes(doc: Doc) -> list[tuple[int, int]]:
    """Token spans of quotations, paired within a paragraph (a quote may run over sentences)."""
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    closer = None
    for t in doc:
        if t.is_space and "\n" in t.text:
            open_at, closer = None, None
            continue
        if open_at is None:
            if t.text in ('"', "“"):
                open_at, closer = t.i, ('"' if t.text == '"' else "”")
        elif t.text == closer or (closer == '"' and t.text == "”"):
            spans.append((open_at, t.i + 1))
            open_at, closer = None, None
    return spans


def _kind(verb: Token) -> str | None:
    lemma = verb.lemma_.lower()
    if lemma == "call":
        preps = {c.lower_ for c in verb.children if c.dep_ in ("prep", "prt")}
        if preps & {"for", "on", "upon"}:
            return "called_for"
        if any(c.dep_ in ("oprd", "ccomp", "xcomp") for c in verb.children):
            return "said"
        return None
    if lemma == "point":
        return "said" if any(c.lower_ == "out" for c in verb.children) else None
    return lexicon.VERB_KINDS.get(lemma)


def _is_trigger(verb: Token) -> bool:
    return verb.pos_ in ("VERB", "AUX") and _kind(verb) is not None


def _entity_of_np(ctx: _Context, head: Token) -> list[str]:
    """Entities a subject noun phrase refers to, with its conjuncts."""
    heads = [head] + [c for c in head.conjuncts if c.i > head.i]
    found: list[str] = []
    for h in heads:
        eid = _entity_of_head(ctx, h)
        if eid and eid not in found:
            found.append(eid)
    return found


def _entity_of_head(ctx: _Context, head: Token) -> str | None:
    eid = ctx.ents.at(head)
    if eid:
        return eid
    lower = head.lower_
    if lower in lexicon.PERSONAL_PRONOUNS:
        return ctx.last_person
    if lower == "it":
        return ctx.last_org
    if lower in ("who", "that") and head.head.dep_ == "relcl":
        return _entity_of_head(ctx, head.head.head)
    # "Moscow's UN envoy Vassily Nebenzia", "his counterpart Kim Yong-hyun": the named person.
    for child in head.children:
        if child.dep_ in ("appos", "compound") and (ctx.ents.at(child) or "").startswith("person:"):
            return ctx.ents.at(child)
    if _is_title_word(head) and head.lemma_.lower() not in SPEAKER_NOUNS:
        person = _by_role(ctx, head)
        if person:
            return person
    if head.lemma_.lower() in SPEAKER_NOUNS or _is_title_word(head):
        anonymous = head.lemma_.lower() in ANONYMOUS_NOUNS
        for t in head.subtree:
            if t.i < head.i and t.dep_ in ("compound", "amod", "poss", "nmod", "npadvmod"):
                eid = ctx.ents.at(t)
                if eid and (eid.startswith("organization:") or eid.startswith("country:") and not anonymous):
                    return eid
    return None


def _by_role(ctx: _Context, head: Token) -> str | None:
    """"the US defense secretary" -> the person whose role this document gave as such."""
    if head.tag_ in ("NNS", "NNPS"):
        return None
    words = {fold(t.text).replace("defense", "defence") for t in head.subtree
             if t.i <= head.i and t.dep_ != "det" and not t.is_punct}
    candidates = []
    for eid, role in ctx.ents.roles.items():
        role_words = {fold(w).replace("defense", "defence") for w in role.replace("-", " ").split()}
        if words and words <= role_words | {"the"}:
            candidates.append(eid)
    return candidates[0] if len(candidates) == 1 else None


def _subject(verb: Token, quoted: set[int] | frozenset = frozenset()) -> Token | None:
    """The verb's subject; in ``"The solution: ...," he said`` the one outside the quote."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    outside = [c for c in subjects if c.i not in quoted]
    if outside or subjects:
        return (outside or subjects)[0]
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ in ("xcomp", "pcomp", "advcl") and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        return _subject(verb.head.head)
    if verb.dep_ == "acl" and verb.tag_ == "VBG":
        return verb.head
    return None


def _negated(verb: Token) -> bool:
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    governor = verb.head
    if verb.dep_ == "pcomp" and governor.dep_ == "prep":
        governor = governor.head
    if verb.dep_ in ("xcomp", "pcomp") and governor.lemma_.lower() in lexicon.NEGATING_GOVERNORS:
        return not any(c.dep_ == "neg" for c in governor.children)
    return False


def _embedded(verb: Token, outlet_verbs: set[int], quoted: set[int]) -> bool:
    """Reported speech inside another attribution is the outer speaker's claim, except under an
    outlet's "X reported", which vouches for the statements it carries. A verb inside a quote is
    never the frame of the attribution outside it (the parser sometimes hangs "X told" under the
    quote's own verb)."""
    node = verb
    while node.head.i != node.i:
        edge = node.dep_
        node = node.head
        if node.i in quoted:
            continue
        if _is_trigger(node) and edge != "conj" and node.i not in outlet_verbs:
            return True
    return False


def _content_span(verb: Token, ctx: _Context, subject: Token | None) -> Span | None:
    doc = ctx.doc
    for child in verb.children:
        if child.dep_ == "ccomp":
            quote = _quote_around(ctx, child)
            if quote:
                return doc[quote[0] + 1:quote[1] - 1]
            sub = list(child.subtree)
            return doc[sub[0].i:sub[-1].i + 1]
    excluded = {t.i for t in subject.subtree if t.i < verb.i} if subject is not None else set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") or child.dep_ == "cc":
            excluded |= {t.i for t in child.subtree}
    right = [t for t in verb.subtree if t.i > verb.i and t.i not in excluded]
    while right and (right[0].is_punct or right[0].lower_ == "that" or right[0].ent_type_ == "DATE"
                     or right[0].lower_ in ("on", "the")
                     and len(right) > 1 and right[1].ent_type_ == "DATE"):
        right = right[1:]
    while right and right[-1].is_punct and right[-1].text not in ('"', "”"):
        right = right[:-1]
    if right:
        return doc[right[0].i:right[-1].i + 1]
    quote = _adjacent_quote(ctx, verb)
    return doc[quote[0] + 1:quote[1] - 1] if quote else None


def _quote_around(ctx: _Context, token: Token) -> tuple[int, int] | None:
    for q in ctx.quotes:
        if q[0] < token.i < q[1]:
            return q
    return None


def _adjacent_quote(ctx: _Context, verb: Token) -> tuple[int, int] | None:
    sent = verb.sent
    for q in ctx.quotes:
        if sent.start <= q[1] and q[0] < sent.end:
            return q
    return None


def _date_expression(ctx: _Context, sent: Span, content: Span | None) -> str | None:
    """The day expressions of the sentence outside the content: "Wednesday (Oct 30)"."""
    inside = range(content.start, content.end) if content is not None else range(0)
    dates = [e for e in sent.ents if e.label_ == "DATE" and e.start not in inside
             and is_day_expression(e.text)]   # "a weekly news conference" names no day
    if not dates:
        return None
    first = dates[0]
    end = first.end
    for e in dates[1:]:
        if e.start - end <= 2:
            end = e.end
    return ctx.doc[first.start:end].text.strip()


def _update_anchor(ctx: _Context, sent: Span) -> None:
    for e in sent.ents:
        if e.label_ == "DATE" and ctx.published:
            day = resolve_day(_date_expression(ctx, sent, None) or e.text, ctx.published)
            if day and "previous" not in e.text.lower():
                ctx.anchor = date.fromisoformat(day)
            return


def _statement_id(doc_id: str, start: int, kind: str, speaker: str) -> str:
    return "st:" + hashlib.sha1(f"{doc_id}|{start}|{kind}|{speaker}".encode()).hexdigest()[:16]


class StatementFinder:
    def find(self, doc: Doc, ents: DocEntities, sentence_of: dict[int, int], published: str | None,
             doc_id: str) -> list[Statement]:
        quotes = find_quotes(doc)
        ctx = _Context(doc=doc, ents=ents, sentence_of=sentence_of,
                       published=date.fromisoformat(published) if published else None,
                       quotes=quotes, in_quote={i for q in quotes for i in range(q[0] + 1, q[1] - 1)})
        statements: list[Statement] = []
        quote_speaker: dict[tuple[int, int], str] = {}
        for sent in doc.sents:
            if sent.text.strip() == "":
                continue
            before = len(statements)
            previous_anchor = ctx.anchor
            _update_anchor(ctx, sent)
            outlet_verbs = self._outlet_verbs(ctx, sent)
            for token in sent:
                if token.i in ctx.in_quote or not _is_trigger(token):
                    continue
                if _embedded(token, outlet_verbs, ctx.in_quote):
                    continue
                statements.extend(self._from_verb(token, ctx, doc_id, quote_speaker, previous_anchor))
            statements.extend(self._according_to(sent, ctx, doc_id, previous_anchor))
            nominal = self._nominal_calls(sent, ctx, doc_id, previous_anchor)
            dated = [st for st in statements[before:] if st.date]
            for st in nominal:
                if st.date is None and dated:
                    st.date, st.date_text = dated[0].date, dated[0].date_text
            statements.extend(nominal)
            self._remember_speakers(ctx, sent, statements[before:])
        statements.extend(self._first_person_in_quotes(ctx, doc_id, quote_speaker, statements))
        self._link_reports(statements)
        return _dedupe(statements)

    def _outlet_verbs(self, ctx: _Context, sent: Span) -> set[int]:
        out = set()
        for t in sent:
            if _is_trigger(t) and _kind(t) in ("reported", "said"):
                subj = _subject(t)
                if subj is not None and ctx.ents.at(subj) in ctx.ents.outlets:
                    out.add(t.i)
        return out

    def _from_verb(self, verb: Token, ctx: _Context, doc_id: str, quote_speaker: dict,
                   anchor: date | None) -> list[Statement]:
        kind = _kind(verb)
        subject = _subject(verb, ctx.in_quote)
        if subject is None or subject.lower_ in lexicon.FIRST_PERSON:
            return []
        speakers = _entity_of_np(ctx, subject)
        content = _content_span(verb, ctx, subject)
        if kind == "said" and verb.lemma_.lower() not in lexicon.NP_SAYING_VERBS:
            has_clause = any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in verb.children) \
                or _adjacent_quote(ctx, verb) is not None
            if not has_clause and _negated(verb):
                return []   # "did not announce a change": no statement was made
        if kind == "reported" and not all(s in ctx.ents.outlets for s in speakers):
            if verb.lemma_.lower() == "cite":
                return []
            kind = "said"
        result = []
        for speaker in speakers:
            if speaker.split(":")[0] == "place":
                continue
            k = "reported" if speaker in ctx.ents.outlets else kind
            st = self._make(ctx, doc_id, speaker, k, _negated(verb), verb, content, anchor)
            result.append(st)
            if content is not None:
                q = _quote_around(ctx, ctx.doc[content.start]) or _adjacent_quote(ctx, verb)
                if q:
                    quote_speaker.setdefault(q, st)
        return result

    def _according_to(self, sent: Span, ctx: _Context, doc_id: str, anchor: date | None) -> list[Statement]:
        """"according to X", "as per X", "as reported by X": X is the source of the main clause."""
        result = []
        for t in sent:
            source = None
            if t.lower_ == "according" and t.i + 1 < len(ctx.doc) and ctx.doc[t.i + 1].lower_ == "to":
                to = ctx.doc[t.i + 1]
                source = next((c for c in to.children if c.dep_ == "pobj"), None)
            elif t.lower_ == "per" and t.i > 0 and ctx.doc[t.i - 1].lower_ == "as":
                source = next((c for c in t.children if c.dep_ == "pobj"), None)
            elif t.lower_ == "by" and t.head.lemma_ == "report" and t.head.i < t.i \
                    and any(c.lower_ == "as" for c in t.head.children):
                source = next((c for c in t.children if c.dep_ == "pobj"), None)
            if source is None or source.i in ctx.in_quote:
                continue
            speakers = _entity_of_np(ctx, source)
            clause = sent.root
            span = ctx.doc[sent.start:sent.end]
            for speaker in speakers:
                kind = "reported" if speaker in ctx.ents.outlets else "said"
                result.append(self._make(ctx, doc_id, speaker, kind, False, t, span, anchor, clause))
        return result

    def _nominal_calls(self, sent: Span, ctx: _Context, doc_id: str, anchor: date | None) -> list[Statement]:
        """"a call by X (for Y)": X called for Y, or for what the sentence quotes."""
        result = []
        for t in sent:
            if t.lemma_ != "call" or t.pos_ != "NOUN":
                continue
            agents = [pobj for prep in t.children if prep.lower_ == "by"
                      for pobj in prep.children if pobj.dep_ == "pobj"]
            if not agents:
                continue
            content = None
            for prep in t.children:
                if prep.lower_ in ("for", "to") and prep.dep_ == "prep":
                    sub = list(prep.subtree)
                    content = ctx.doc[sub[0].i:sub[-1].i + 1]
            if content is None:
                quotes = [q for q in ctx.quotes if sent.start <= q[0] < sent.end]
                content = ctx.doc[quotes[0][0] + 1:quotes[0][1] - 1] if quotes else None
            for speaker in _entity_of_np(ctx, agents[0]):
                result.append(self._make(ctx, doc_id, speaker, "called_for", False, t, content, anchor))
        return result

    def _first_person_in_quotes(self, ctx: _Context, doc_id: str, quote_speaker: dict,
                                found: list[Statement]) -> list[Statement]:
        """"I call upon them...", "I can't confirm that," X said: the quote's speaker did so,
        on the day the quote was given."""
        result = []
        for (qs, qe), outer in quote_speaker.items():
            for t in ctx.doc[qs:qe]:
                if not _is_trigger(t):
                    continue
                subject = _subject(t)
                if subject is None or subject.lower_ not in lexicon.FIRST_PERSON:
                    continue
                content = self._within_quote(ctx, _content_span(t, ctx, subject), qs, qe)
                st = self._make(ctx, doc_id, outer.speaker, _kind(t), _negated(t), t, content, None)
                st.date, st.date_text = outer.date, outer.date_text
                result.append(st)
        return result

    def _make(self, ctx: _Context, doc_id: str, speaker: str, kind: str, negated: bool, cue: Token,
              content: Span | None, anchor: date | None, clause: Token | None = None) -> Statement:
        sent = cue.sent
        date_text = _date_expression(ctx, sent, content)
        day = None
        if date_text:
            day = resolve_day(date_text, ctx.published, anchor or ctx.published)
        elif ctx.published and _simple_past(clause or cue):
            day = (ctx.anchor or anchor).isoformat() if (ctx.anchor or anchor) else None
        if content is None or not content.text.strip():
            content = sent
        elif content.text.strip().lower() in _PRONOUNS and clause is None:
            content = self._antecedent_content(ctx, cue) or content
        about = sorted({ctx.ents.by_token[i] for i in range(content.start, content.end)
                        if i in ctx.ents.by_token} - {speaker})
        return Statement(
            id=_statement_id(doc_id, cue.idx, kind, speaker), speaker=speaker, kind=kind,
            negated=negated, content=content.text.strip(), content_start=content.start_char,
            content_end=content.end_char, sentence=ctx.sentence_of.get(cue.i, 0), start=cue.idx,
            end=cue.idx + len(cue), cue=cue.text, date=day, date_text=date_text, about=about,
        )

    @staticmethod
    def _within_quote(ctx: _Context, content: Span | None, qs: int, qe: int) -> Span:
        """What the speaker said inside their own quote; "I can't confirm that" is about the
        whole quote, not the attribution after it."""
        whole = ctx.doc[qs + 1:qe - 1]
        if content is None:
            return whole
        start, end = max(content.start, qs + 1), min(content.end, qe - 1)
        while end > start and ctx.doc[end - 1].is_punct:
            end -= 1
        clipped = ctx.doc[start:end]
        if end <= start or clipped.text.strip().lower() in _PRONOUNS:
            return whole
        return clipped

    @staticmethod
    def _antecedent_content(ctx: _Context, cue: Token) -> Span | None:
        """"has not denied the deployment ... but refused to confirm it": "it" is the deployment."""
        node = cue
        while node.dep_ in ("conj", "xcomp", "pcomp", "prep") and node.head.i != node.i:
            node = node.head
            for child in node.children:
                if child.dep_ in ("dobj", "ccomp") and child.i < cue.i:
                    sub = [t for t in child.subtree if t.i < cue.i and not t.dep_ == "cc"]
                    while sub and (sub[-1].is_punct or sub[-1].dep_ in ("cc", "aux", "neg") or sub[-1].pos_ == "AUX"):
                        sub.pop()
                    if sub:
                        return ctx.doc[sub[0].i:sub[-1].i + 1]
        return None

    def _remember_speakers(self, ctx: _Context, sent: Span, new: list[Statement]) -> None:
        for st in new:
            prefix = st.speaker.split(":")[0]
            if prefix == "person":
                ctx.last_person = st.speaker
            elif prefix == "organization":
                ctx.last_org = st.speaker
        for t in sent:
            if t.dep_ in ("nsubj", "nsubjpass") and t.i not in ctx.in_quote:
                eid = ctx.ents.at(t)
                if eid and eid.startswith("person:") and not new:
                    ctx.last_person = eid

    @staticmethod
    def _link_reports(statements: list[Statement]) -> None:
        by_sentence: dict[int, list[Statement]] = {}
        for st in statements:
            by_sentence.setdefault(st.sentence, []).append(st)
        for group in by_sentence.values():
            outlets = [s.speaker for s in group if s.kind == "reported"]
            for st in group:
                if st.kind != "reported":
                    st.reported_by = sorted(set(outlets))


def _simple_past(verb: Token) -> bool:
    if verb.tag_ != "VBD":
        return False
    return not any(c.dep_ == "aux" and c.lemma_ in ("have", "will") for c in verb.children)


def _dedupe(statements: list[Statement]) -> list[Statement]:
    seen: set[tuple] = set()
    out = []
    for st in statements:
        key = (st.speaker, st.kind, st.negated, st.content_start, st.content_end)
        if key in seen:
            continue
        seen.add(key)
        out.append(st)
    return out
