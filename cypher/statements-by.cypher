// name: statements-by
// description: Everything one person or organisation said, confirmed, denied... in date order
// param: entity string  the speaker's name or alias
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Statements carry their speaker, subjects and provenance as properties (see write/statements):
// reading those is what keeps a page of answers fast on a graph of thousands of articles.
OPTIONAL MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
WITH collect(e.id) AS chosen
MATCH (st:Statement)
WHERE st.speaker IN chosen
RETURN st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start
SKIP $skip LIMIT $limit
