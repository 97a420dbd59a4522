// name: statements-about
// description: Everything said about an entity, and by whom
// param: entity string  the entity's name or alias
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by date (undated last), article file and place in the article, then by statement id.
// Walks from the entity to what is said about it, and reads the speaker and provenance that
// statements carry as properties (see write/statements).
MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
MATCH (e)<-[:ABOUT]-(st:Statement)
RETURN st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start, st.id
SKIP $skip LIMIT $limit
