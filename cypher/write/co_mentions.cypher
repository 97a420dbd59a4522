// Derived at load time: CO_MENTIONED joins two entities named in at least two of the same articles
// (one shared article is as often chance as a link), from the smaller id to the larger, weighted
// by the number of articles. Rebuilt for each entity whose articles changed, so loading twice
// changes nothing; a pair only changes when both of its entities did.
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
OPTIONAL MATCH (x)-[old:CO_MENTIONED]->(:Entity)
DELETE old
WITH DISTINCT x
MATCH (x)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
WITH x, y, count(a) AS articles
WHERE articles >= 2
CREATE (x)-[:CO_MENTIONED {articles: articles}]->(y)
