// name: deployments
// description: Who sent troops where, how many, when, and according to which article
// param: include_hypothetical bool = false  also list deployments the text only speculates about
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
MATCH (source:Entity)-[d:DEPLOYED_TO]->(target:Entity)
WHERE $include_hypothetical OR NOT d.hypothetical
RETURN source.name AS source, target.name AS target, d.troops AS troops, d.hypothetical AS hypothetical,
       coalesce(d.date, d.article_published) AS date, d.article_file AS article, d.article_source AS outlet,
       d.text AS sentence
ORDER BY source, target, article, d.char_start
SKIP $skip LIMIT $limit
