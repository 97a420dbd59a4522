// Every node with its labels and properties, for export (the Name lookup nodes are kg's index,
// not part of the story).
MATCH (n)
WHERE NOT n:Name
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
