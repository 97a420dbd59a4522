// name: co-mentions
// description: The entity pairs that appear together in the most articles
// param: limit int = 20  how many pairs
MATCH (x:Entity)-[:MENTIONED_IN]->(a:Article)<-[:MENTIONED_IN]-(y:Entity)
WHERE x.id < y.id
RETURN x.name AS entity_a, y.name AS entity_b, count(a) AS articles
ORDER BY articles DESC, entity_a, entity_b
LIMIT $limit
