"""From Article records to Document records: spaCy once per text, then kg's rules."""
from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from kg import nlp as nlp_module
from kg.boilerplate import blank_outside
from kg.entities import EntityFinder
from kg.schema import Article, Document, Sentence
from kg.relations import RelationFinder, link_claims
from kg.statements import StatementFinder


class Extractor:
    """Holds the loaded pipeline; build one per process and reuse it."""

    def __init__(self, model: str, nlp: Language | None = None) -> None:
        self.nlp = nlp or nlp_module.load(model)
        self.entities = EntityFinder()
        self.statements = StatementFinder()
        self.relations = RelationFinder()

    def documents(self, articles: Iterable[Article], batch_size: int = 32,
                  workers: int = 1) -> Iterator[Document]:
        pairs = ((blank_outside(a.text, a.body), a) for a in articles)
        for doc, article in self.nlp.pipe(pairs, as_tuples=True, batch_size=batch_size, n_process=workers):
            yield self.document(doc, article)

    def document(self, doc: Doc, article: Article) -> Document:
        sentences: list[Sentence] = []
        sentence_of: dict[int, int] = {}
        for sent in doc.sents:
            text = sent.text.strip()
            if not text:
                continue
            lead = len(sent.text) - len(sent.text.lstrip())
            index = len(sentences)
            start = sent.start_char + lead
            sentences.append(Sentence(index=index, start=start, end=start + len(text), text=text))
            for token in sent:
                sentence_of[token.i] = index
        ents = self.entities.find(doc, sentence_of)
        statements = self.statements.find(doc, ents, sentence_of, article.published, article.id)
        relations = self.relations.find(doc, ents, sentence_of, article.id, article.published)
        relations = link_claims(relations, statements)
        return Document(article=article, sentences=sentences, entities=ents.entities,
                        statements=statements, relations=relations)
