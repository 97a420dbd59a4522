// name: timeline
// description: Dated statements and relations of every type (deployments, attacks, meetings, ...) in date order (speculation and negated relations left out)
// param: since date = null  first day (YYYY-MM-DD)
// param: until date = null  last day (YYYY-MM-DD)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by date, event (relation before statement), who, what and detail, then by the
// statement's or relation's id, unique, so both stores return the same rows in the same order.
// A relation's event is its type (DEPLOYED_TO, MET_WITH, a rules file's own), its what the type in
// words and the other side ("deployed to Russia"), or for a role its title ("Foreign Minister of
// Iran"). A relation's date is its day: the one its sentence gives, else its article's.
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
  MATCH (f:Relation)
  WHERE NOT f.hypothetical AND NOT f.negated AND f.day IS NOT NULL
    AND ($since IS NULL OR f.day >= $since) AND ($until IS NULL OR f.day <= $until)
  RETURN f.day AS date, f.type AS event, f.source_name AS who,
         CASE WHEN f.title IS NULL THEN toLower(replace(f.type, '_', ' ')) + ' ' + f.target_name
              ELSE f.title + ' of ' + f.target_name END AS what,
         f.text AS detail, f.id AS id
  ORDER BY date, event, who, what, detail, id
  LIMIT $skip + $limit
}
RETURN date, event, who, what, detail
ORDER BY date, event, who, what, detail, id
SKIP $skip LIMIT $limit
