// name: who-denied
// description: Who denied or dismissed what and when, and who refused to confirm it
// param: entity string = null  only statements by or about this entity (name or alias)
// param: since date = null  only statements made on or after this day (YYYY-MM-DD)
// param: until date = null  only statements made on or before this day (YYYY-MM-DD)
MATCH (speaker:Entity)-[r:DENIED|CONFIRMED]->(st:Statement)-[:IN]->(:Sentence)-[:IN]->(a:Article)
WHERE (type(r) = 'DENIED' OR st.negated)
  AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
OPTIONAL MATCH (st)-[:ABOUT]->(about:Entity)
WITH speaker, r, st, a, collect(about.name) AS about_names
WHERE $entity IS NULL
   OR toLower(speaker.name) = toLower($entity) OR toLower(speaker.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN speaker.aliases WHERE toLower(x) = toLower($entity))
   OR any(x IN about_names WHERE toLower(x) = toLower($entity))
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, a.file AS article
ORDER BY date, speaker, content
