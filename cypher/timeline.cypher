// name: timeline
// description: All dated statements and deployments of the story in date order
// param: since date = null  first day (YYYY-MM-DD)
// param: until date = null  last day (YYYY-MM-DD)
MATCH (speaker:Entity)-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]->(st:Statement)
WHERE st.date IS NOT NULL AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
RETURN st.date AS date, 'statement' AS event, speaker.name AS who, st.kind AS what,
       st.content AS detail
UNION ALL
MATCH (source:Entity)-[d:DEPLOYED_TO]->(target:Entity)
WITH source, d, target, d.article AS article_id
MATCH (a:Article {id: article_id})
WHERE a.published IS NOT NULL
  AND ($since IS NULL OR coalesce(d.date, a.published) >= $since)
  AND ($until IS NULL OR coalesce(d.date, a.published) <= $until)
RETURN coalesce(d.date, a.published) AS date, 'deployment' AS event, source.name AS who,
       'deployed to ' + target.name AS what, d.text AS detail
ORDER BY date, event, who
