// name: path
// description: The shortest connection between two entities, through statements, articles and relations
// param: from string  the first entity's name or alias
// param: to string  the second entity's name or alias
// Names, aliases and name endings are looked up through the Name index (see write/names).
MATCH (:Name {key: toLower($from)})-[:NAME_OF]->(x:Entity)
MATCH (:Name {key: toLower($to)})-[:NAME_OF]->(y:Entity)
WHERE x <> y
// Facts and provenance only: the derived CO_MENTIONED and the NAME_OF lookup are not connections.
MATCH p = shortestPath((x)-[:MENTIONED_IN|IN|ABOUT|REPORTED_BY|SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED|DEPLOYED_TO|ATTACKED|SUPPLIED|MET_WITH|SIGNED_AGREEMENT_WITH|SANCTIONED|HOLDS_ROLE*..8]-(y))
RETURN [n IN nodes(p) | coalesce(n.name, n.file, left(n.content, 60), n.text)] AS path, length(p) AS hops
ORDER BY hops
LIMIT 1
