// name: deployments
// description: Who sent troops where, how many, when, and according to which article
// param: include_hypothetical bool = false  also list deployments the text only speculates about
MATCH (source:Entity)-[d:DEPLOYED_TO]->(target:Entity)
WHERE $include_hypothetical OR NOT d.hypothetical
WITH source, d, target, d.article AS article_id
MATCH (a:Article {id: article_id})
RETURN source.name AS source, target.name AS target, d.troops AS troops, d.hypothetical AS hypothetical,
       coalesce(d.date, a.published) AS date, a.file AS article, a.source AS outlet, d.text AS sentence
ORDER BY source, target, article
