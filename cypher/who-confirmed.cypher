// name: who-confirmed
// description: Who confirmed what and when (refusals to confirm are listed with negated = true)
// param: entity string = null  only statements by or about this entity (name or alias)
// param: since date = null  only statements made on or after this day (YYYY-MM-DD)
// param: until date = null  only statements made on or before this day (YYYY-MM-DD)
MATCH (speaker:Entity)-[:CONFIRMED]->(st:Statement)-[:IN]->(:Sentence)-[:IN]->(a:Article)
WHERE ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
OPTIONAL MATCH (st)-[:ABOUT]->(about:Entity)
WITH speaker, st, a, collect(about.name) AS about_names, collect(about.aliases) AS about_aliases
WHERE $entity IS NULL
   OR toLower(speaker.name) = toLower($entity) OR toLower(speaker.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN speaker.aliases WHERE toLower(x) = toLower($entity))
   OR any(x IN about_names WHERE toLower(x) = toLower($entity))
   OR any(xs IN about_aliases WHERE any(x IN xs WHERE toLower(x) = toLower($entity)))
RETURN speaker.name AS speaker, st.negated AS negated, st.content AS content, st.date AS date,
       a.file AS article, a.source AS source
ORDER BY date, speaker, content
