// name: who-denied
// description: Who denied or dismissed what and when, and who refused to confirm it
// param: entity string = null  only statements by or about this entity (name or alias)
// param: since date = null  only statements made on or after this day (YYYY-MM-DD)
// param: until date = null  only statements made on or before this day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
OPTIONAL MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity) OR toLower(e.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
WITH collect(e.id) AS chosen
MATCH (speaker:Entity)-[r:DENIED|CONFIRMED]->(st:Statement)
WHERE (type(r) = 'DENIED' OR st.negated)
  AND ($entity IS NULL OR speaker.id IN chosen
       OR EXISTS { MATCH (st)-[:ABOUT]->(about:Entity) WHERE about.id IN chosen })
  AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, st.article_file AS article
ORDER BY date, article, st.char_start
SKIP $skip LIMIT $limit
