// name: timeline
// description: Dated statements and deployments of the story in date order (speculation left out)
// param: since date = null  first day (YYYY-MM-DD)
// param: until date = null  last day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by date, event (deployment before statement), who, what and detail, then by the
// statement's or fact's id.
// Each side keeps only its first skip + limit rows in the final order, so the merge sorts a page's
// worth of rows instead of every dated fact (the page is exact: no row of it can rank lower on
// its own side).
CALL () {
  MATCH (st:Statement)
  WHERE st.date IS NOT NULL AND ($since IS NULL OR st.date >= $since) AND ($until IS NULL OR st.date <= $until)
  RETURN st.date AS date, 'statement' AS event, st.speaker_name AS who, st.kind AS what, st.content AS detail,
         st.id AS id
  ORDER BY date, event, who, what, detail, id
  LIMIT $skip + $limit
  UNION ALL
  MATCH (d:Relation)
  WHERE d.type = 'DEPLOYED_TO' AND NOT d.hypothetical AND NOT d.negated AND d.day IS NOT NULL
    AND ($since IS NULL OR d.day >= $since) AND ($until IS NULL OR d.day <= $until)
  RETURN d.day AS date, 'deployment' AS event, d.source_name AS who, 'deployed to ' + d.target_name AS what,
         d.text AS detail, d.id AS id
  ORDER BY date, event, who, what, detail, id
  LIMIT $skip + $limit
}
RETURN date, event, who, what, detail
ORDER BY date, event, who, what, detail, id
SKIP $skip LIMIT $limit
