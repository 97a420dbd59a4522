// Every node with its labels and properties, for export.
MATCH (n)
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
