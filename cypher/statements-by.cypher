// name: statements-by
// description: Everything one person or organisation said, confirmed, denied... in date order
// param: entity string  the speaker's name or alias
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by date (undated last), article file and place in the article, then by statement id.
// Walks from the speaker to its statements, and reads the provenance that statements carry as
// properties (see write/statements).
MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(speaker:Entity)
MATCH (speaker)-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]->(st:Statement)
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start, st.id
SKIP $skip LIMIT $limit
