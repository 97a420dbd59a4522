// name: entity
// description: A profile of one entity: type, aliases, role, articles and top co-mentioned entities
// param: entity string  the entity's name or alias
// param: limit int = 10  how many co-mentioned entities to list
MATCH (e:Entity)
WHERE toLower(e.name) = toLower($entity) OR toLower(e.name) ENDS WITH ' ' + toLower($entity) OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
WITH e, collect(DISTINCT a.file) AS articles
OPTIONAL MATCH (e)-[:MENTIONED_IN]->(:Article)<-[:MENTIONED_IN]-(other:Entity)
WITH e, articles, other, count(*) AS shared
ORDER BY shared DESC, other.name
WITH e, articles, collect(other.name + ' (' + toString(shared) + ')')[0..$limit] AS co_mentioned
RETURN e.name AS name, e.type AS type, e.aliases AS aliases, e.role AS role, articles, co_mentioned
