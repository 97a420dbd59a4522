// name: sources
// description: Which outlets reported which statements
// param: outlet string = null  only this outlet (name or alias)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
OPTIONAL MATCH (:Name {key: toLower($outlet)})-[:NAME_OF]->(o:Entity)
WITH collect(o.id) AS chosen
// An outlet either carries someone's statement (REPORTED_BY) or reports in its own name (REPORTED).
MATCH (st:Statement)
WHERE size(st.reported_by) > 0 OR st.kind = 'reported'
MATCH (st)-[:REPORTED_BY|REPORTED]-(outlet:Entity)
WHERE $outlet IS NULL OR outlet.id IN chosen
RETURN outlet.name AS outlet, st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated,
       st.content AS content, st.article_file AS article
ORDER BY outlet, article, st.char_start
SKIP $skip LIMIT $limit
