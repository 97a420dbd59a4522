// name: who-denied
// description: Who denied or dismissed what and when, and who refused to confirm it
// param: entity string = null  only statements by or about this entity (name or alias)
// param: since date = null  only statements made on or after this day (YYYY-MM-DD)
// param: until date = null  only statements made on or before this day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by date (undated last), article file and place in the article, then by statement id.
// Statements carry their speaker, subjects and provenance as properties (see write/statements):
// reading those is what keeps a page of answers fast on a graph of thousands of articles.
OPTIONAL MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
WITH collect(e.id) AS chosen
MATCH (st:Statement)
WHERE st.kind IN ['denied', 'confirmed'] AND (st.kind = 'denied' OR st.negated)
  AND ($entity IS NULL OR st.speaker IN chosen OR any(x IN st.about WHERE x IN chosen))
  AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
RETURN st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start, st.id
SKIP $skip LIMIT $limit
