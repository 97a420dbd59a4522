// Every relationship with its ends (a Name node's key, any other node's id), type and properties,
// to compare whole graphs across stores.
MATCH (a)-[r]->(b)
RETURN coalesce(a.key, a.id) AS source, coalesce(b.key, b.id) AS target, type(r) AS type,
       properties(r) AS properties
