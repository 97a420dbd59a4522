// name: sources
// description: Which outlets reported which statements
// param: outlet string = null  only this outlet (name or alias)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
MATCH (outlet:Entity)
WHERE $outlet IS NULL OR toLower(outlet.name) = toLower($outlet) OR toLower(outlet.name) ENDS WITH ' ' + toLower($outlet)
   OR any(x IN outlet.aliases WHERE toLower(x) = toLower($outlet))
// An outlet either carries someone's statement (REPORTED_BY) or reports in its own name (REPORTED).
MATCH (outlet)-[:REPORTED|REPORTED_BY]-(st:Statement)<-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]-(speaker:Entity)
RETURN DISTINCT outlet.name AS outlet, speaker.name AS speaker, st.kind AS kind, st.negated AS negated,
       st.content AS content, st.article_file AS article
ORDER BY outlet, article, speaker, content
SKIP $skip LIMIT $limit
