// The id (content hash) of every article in the graph, so that unchanged files are skipped.
MATCH (a:Article)
RETURN a.id AS id
