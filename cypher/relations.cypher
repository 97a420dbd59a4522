// name: relations
// description: Relations between entities of any type (kg's own or a rules file's): who did what to whom, how many, when, per which article
// param: type string = null  only this relation type (DEPLOYED_TO, ATTACKED, SUPPLIED, MET_WITH, ...)
// param: entity string = null  only relations with this entity on either side (name or alias)
// param: since date = null  only relations on or after this day (YYYY-MM-DD; undated ones take their article's)
// param: until date = null  only relations on or before this day (YYYY-MM-DD)
// param: include_hypothetical bool = false  also relations the text only raises as possible, planned or suspected
// param: include_negated bool = false  also relations the text says did not happen
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by type, source, target, article file and place in the article, then by the fact's id.
// Read from the Relation nodes (one per stated fact, whatever its type), as listings are fast
// on node properties; `claimed` is true when the relation was stated inside somebody's statement
// (see the claims question).
OPTIONAL MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
WITH collect(e.id) AS chosen
MATCH (f:Relation)
WHERE ($type IS NULL OR f.type = toUpper($type))
  AND ($entity IS NULL OR f.source IN chosen OR f.target IN chosen)
  AND ($include_hypothetical OR NOT f.hypothetical) AND ($include_negated OR NOT f.negated)
  AND ($since IS NULL OR f.day >= $since) AND ($until IS NULL OR f.day <= $until)
RETURN f.type AS type, f.source_name AS source, f.target_name AS target, f.modality AS modality,
       f.negated AS negated, f.troops AS troops, f.unit AS unit, f.title AS title, f.day AS date,
       f.claimed AS claimed, f.article_file AS article, f.article_source AS outlet, f.text AS sentence
ORDER BY type, source, target, article, f.char_start, f.id
SKIP $skip LIMIT $limit
