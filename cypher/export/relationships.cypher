// Every relationship with its type and properties, for export (without the Name lookup and the
// Relation nodes, whose links to their sentences and claiming statements the typed edges stand for).
MATCH (a)-[r]->(b)
WHERE NOT a:Name AND NOT a:Relation AND NOT b:Relation
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
