// Every node with its labels and properties, for export (the Name lookup nodes and the KgMeta
// record are kg's bookkeeping, not part of the story; Relation nodes repeat the relationships
// between entities).
MATCH (n)
WHERE NOT n:Name AND NOT n:KgMeta AND NOT n:Relation
RETURN n.id AS id, labels(n) AS labels, properties(n) AS properties
