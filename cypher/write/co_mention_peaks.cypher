// Each entity's largest co-mention count, which lets the co-mentions question skip the entities
// that cannot be in its answer. Run after write/co_mentions for the same entities.
UNWIND $rows AS row
MATCH (x:Entity {id: row.id})
OPTIONAL MATCH (x)-[c:CO_MENTIONED]-(:Entity)
WITH x, max(c.articles) AS peak
SET x.co_mention_peak = peak
