// Statements with their source sentence and article, for kg view. A statement's day is its own
// date or, when the text gives none, its article's publication day; $since and $until bound it.
MATCH (s:Statement)-[:IN]->(sentence:Sentence)-[:IN]->(a:Article)
WITH s, sentence, a, coalesce(s.date, a.published) AS day
WHERE ($since IS NULL OR day >= $since) AND ($until IS NULL OR day <= $until)
RETURN s.id AS id, s.kind AS kind, s.negated AS negated, s.content AS content, s.cue AS cue,
       s.date AS date, day, s.speaker AS speaker, s.about AS about, sentence.text AS sentence,
       a.file AS article, a.title AS title, a.source AS outlet, a.published AS published
