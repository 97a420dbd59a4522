// name: deployments
// description: Who sent troops where, how many, when, and according to which article
// param: include_hypothetical bool = false  also list deployments the text only speculates about, plans or suspects
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by sender, target, article file and place in the article, then by the fact's id.
// The relations question for one type: read from the Relation nodes (one per stated fact) rather
// than the DEPLOYED_TO relationships, as an embedded store reads node properties far faster.
MATCH (d:Relation)
WHERE d.type = 'DEPLOYED_TO' AND ($include_hypothetical OR NOT d.hypothetical) AND NOT d.negated
RETURN d.source_name AS source, d.target_name AS target, d.troops AS troops, d.hypothetical AS hypothetical,
       d.day AS date, d.article_file AS article, d.article_source AS outlet, d.text AS sentence
ORDER BY source, target, article, d.char_start, d.id
SKIP $skip LIMIT $limit
