// Every node with its labels and properties, to compare whole graphs across stores.
MATCH (n)
RETURN labels(n) AS labels, properties(n) AS properties
