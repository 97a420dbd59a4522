// name: path
// description: The shortest connection between two entities, through statements, articles and relations
// param: from string  the first entity's name or alias
// param: to string  the second entity's name or alias
// Each end is found on its own: a pattern over both at once would pair every entity with every other.
MATCH (x:Entity)
WHERE toLower(x.name) = toLower($from) OR toLower(x.name) ENDS WITH ' ' + toLower($from) OR any(n IN x.aliases WHERE toLower(n) = toLower($from))
MATCH (y:Entity)
WHERE (toLower(y.name) = toLower($to) OR toLower(y.name) ENDS WITH ' ' + toLower($to) OR any(n IN y.aliases WHERE toLower(n) = toLower($to)))
  AND x <> y
MATCH p = shortestPath((x)-[*..8]-(y))
RETURN [n IN nodes(p) | coalesce(n.name, n.file, left(n.content, 60), n.text)] AS path, length(p) AS hops
ORDER BY hops
LIMIT 1
