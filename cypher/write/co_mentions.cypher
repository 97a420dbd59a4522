// Derived at load time: CO_MENTIONED joins two entities named in at least two of the same articles
// (one shared article is as often chance as a link), from the smaller id to the larger, weighted
// by the number of articles. Rebuilt for each entity whose articles changed, so loading twice
// changes nothing; a pair only changes when both of its entities did.
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
OPTIONAL MATCH (x)-[old:CO_MENTIONED]->(:Entity)
DELETE old
WITH DISTINCT x
MATCH (x)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
// Grouped by id, not by node: much cheaper in the embedded store, and only the pairs kept are
// looked up again.
WITH x, y.id AS other, count(*) AS articles
WHERE articles >= 2
MATCH (y:Entity {id: other})
CREATE (x)-[:CO_MENTIONED {articles: articles}]->(y)
