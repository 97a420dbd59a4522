// name: entity
// description: A profile of one entity: type, aliases, role, articles and the entities most often named with it
// param: entity string  the entity's name or alias
// param: limit int = 10  how many co-mentioned entities to list
// Order: one row per entity the name finds, by name, then id. aliases and articles (files) are
// sorted; co_mentioned lists the most shared articles first, then by name, then by id.
// Names, aliases and name endings are looked up through the Name index (see write/names).
MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
// Co-mentions come from the CO_MENTIONED edges written at load time (two or more shared articles):
// counting them here would read every article of a much-covered entity.
// Grouped by the other entity's name: kglite 0.21 loses node variables from an OPTIONAL MATCH
// when grouping by them.
OPTIONAL MATCH (e)-[c:CO_MENTIONED]-(other:Entity)
WITH e, other.name AS other_name, other.id AS other_id, c.articles AS shared
ORDER BY shared DESC, other_name, other_id
WITH e, collect(other_name + ' (' + toString(shared) + ')')[0..$limit] AS co_mentioned
CALL (e) {
  OPTIONAL MATCH (e)-[:MENTIONED_IN]->(a:Article)
  WITH a.file AS file
  ORDER BY file
  RETURN collect(file) AS articles
}
CALL (e) {
  UNWIND coalesce(e.aliases, []) AS alias
  WITH alias
  ORDER BY alias
  RETURN collect(alias) AS aliases
}
RETURN e.name AS name, e.type AS type, aliases, e.role AS role, articles, co_mentioned
ORDER BY name, e.id
