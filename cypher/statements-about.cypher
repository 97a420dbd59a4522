// name: statements-about
// description: Everything said about an entity, and by whom
// param: entity string  the entity's name or alias
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity) OR toLower(e.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
MATCH (e)<-[:ABOUT]-(st:Statement)<-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]-(speaker:Entity)
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start
SKIP $skip LIMIT $limit
