// Every relationship with its type and properties, for export (without the Name lookup).
MATCH (a)-[r]->(b)
WHERE NOT a:Name
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
