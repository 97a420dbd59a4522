// Every statement, read from its own properties only (no relationship walked, which costs on a
// large graph): the sentences of the statements a view keeps are read afterwards (view/sentences).
MATCH (s:Statement)
RETURN s.id AS id, s.kind AS kind, s.negated AS negated, s.content AS content, s.cue AS cue,
       s.date AS date, s.speaker AS speaker, s.about AS about, s.article AS article_id,
       s.article_file AS article, s.article_source AS outlet
