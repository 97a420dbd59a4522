// Every relationship with its type and properties, for export.
MATCH (a)-[r]->(b)
RETURN a.id AS source, b.id AS target, type(r) AS type, properties(r) AS properties
