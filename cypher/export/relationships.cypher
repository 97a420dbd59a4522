// Every relationship with its type and properties, for export (without the Name lookup and the
// Relation nodes' links to their sentences).
MATCH (a)-[r]->(b)
WHERE NOT a:Name AND NOT a:Relation
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
