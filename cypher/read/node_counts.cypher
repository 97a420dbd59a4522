// Node counts by label for `kg stats`.
// One count per label kg writes: counting a label is answered from the store's own tallies, where
// reading the labels of every node is not.
MATCH (n:Article) RETURN 'node' AS kind, 'Article' AS name, count(n) AS count
UNION ALL MATCH (n:Sentence) RETURN 'node' AS kind, 'Sentence' AS name, count(n) AS count
UNION ALL MATCH (n:Statement) RETURN 'node' AS kind, 'Statement' AS name, count(n) AS count
UNION ALL MATCH (n:Relation) RETURN 'node' AS kind, 'Relation' AS name, count(n) AS count
UNION ALL MATCH (n:Entity) RETURN 'node' AS kind, 'Entity' AS name, count(n) AS count
UNION ALL MATCH (n:Person) RETURN 'node' AS kind, 'Person' AS name, count(n) AS count
UNION ALL MATCH (n:Organization) RETURN 'node' AS kind, 'Organization' AS name, count(n) AS count
UNION ALL MATCH (n:Country) RETURN 'node' AS kind, 'Country' AS name, count(n) AS count
UNION ALL MATCH (n:Place) RETURN 'node' AS kind, 'Place' AS name, count(n) AS count
UNION ALL MATCH (n:Name) RETURN 'node' AS kind, 'Name' AS name, count(n) AS count
