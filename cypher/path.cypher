// name: path
// description: The shortest connection between two entities, through statements, articles and relations
// param: from string  the first entity's name or alias
// param: to string  the second entity's name or alias
// Order: of all the shortest connections, the one whose node ids come first in order, so that
// every store names the same middle nodes.
// Names, aliases and name endings are looked up through the Name index (see write/names).
MATCH (:Name {key: toLower($from)})-[:NAME_OF]->(x:Entity)
MATCH (:Name {key: toLower($to)})-[:NAME_OF]->(y:Entity)
WHERE x <> y
// Facts and provenance only: the derived CO_MENTIONED and the NAME_OF lookup are not connections.
MATCH p = allShortestPaths((x)-[:MENTIONED_IN|IN|ABOUT|REPORTED_BY|SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED|DEPLOYED_TO|ATTACKED|SUPPLIED|MET_WITH|SIGNED_AGREEMENT_WITH|SANCTIONED|HOLDS_ROLE*..8]-(y))
WITH p, length(p) AS hops, [n IN nodes(p) | n.id] AS ids
ORDER BY hops, ids
LIMIT 1
// Each node shown by what it is: a property read by label, as the embedded store answers n.name
// with a title of its own on nodes that have no name.
RETURN [n IN nodes(p) | CASE WHEN n:Entity THEN n.name WHEN n:Article THEN n.file
                             WHEN n:Statement THEN left(n.content, 60) ELSE n.text END] AS path, hops
