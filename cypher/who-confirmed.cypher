// name: who-confirmed
// description: Who confirmed what and when (refusals to confirm are listed with negated = true)
// param: entity string = null  only statements by or about this entity (name or alias)
// param: since date = null  only statements made on or after this day (YYYY-MM-DD)
// param: until date = null  only statements made on or before this day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
OPTIONAL MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity) OR toLower(e.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
WITH collect(e.id) AS chosen
MATCH (speaker:Entity)-[:CONFIRMED]->(st:Statement)
WHERE ($entity IS NULL OR speaker.id IN chosen
       OR EXISTS { MATCH (st)-[:ABOUT]->(about:Entity) WHERE about.id IN chosen })
  AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
RETURN speaker.name AS speaker, st.negated AS negated, st.content AS content, st.date AS date,
       st.article_file AS article, st.article_source AS source
ORDER BY date, article, st.char_start
SKIP $skip LIMIT $limit
