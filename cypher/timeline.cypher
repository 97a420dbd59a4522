// name: timeline
// description: Dated statements and deployments of the story in date order (speculation left out)
// param: since date = null  first day (YYYY-MM-DD)
// param: until date = null  last day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
CALL {
  MATCH (st:Statement)
  WHERE st.date IS NOT NULL AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
  RETURN st.date AS date, 'statement' AS event, st.speaker_name AS who, st.kind AS what, st.content AS detail
  UNION ALL
  MATCH (who:Entity)-[d:DEPLOYED_TO]->(target:Entity)
  WITH who, d, target, coalesce(d.date, d.article_published) AS date
  WHERE date IS NOT NULL AND NOT d.hypothetical
    AND ($since IS NULL OR date >= $since) AND ($until IS NULL OR date <= $until)
  RETURN date, 'deployment' AS event, who.name AS who, 'deployed to ' + target.name AS what, d.text AS detail
}
RETURN date, event, who, what, detail
ORDER BY date, event, who, what, detail
SKIP $skip LIMIT $limit
