// name: stats
// description: Node counts by label and relationship counts by type
MATCH (n)
UNWIND labels(n) AS name
RETURN 'node' AS kind, name, count(*) AS count
UNION ALL
MATCH ()-[r]->()
RETURN 'relationship' AS kind, type(r) AS name, count(*) AS count
ORDER BY kind, name
