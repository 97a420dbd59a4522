// name: claims
// description: Relations stated inside statements: who asserts each ("X says Y sent troops") and who disputes it (denies it, or will not confirm it)
// param: type string = null  only this relation type (DEPLOYED_TO, ATTACKED, ...)
// param: entity string = null  only relations with this entity on either side, or claims made by it (name or alias)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by type, source, target, stance, claimant, article file and place in the article, then
// by the statement's and the fact's ids.
// One row per claim: the relation, the claimant and its stance. A claimant disputes a relation
// when it denies it, refuses to confirm it, or states that it did not happen.
OPTIONAL MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
WITH collect(e.id) AS chosen
MATCH (st:Statement)-[:CLAIMS]->(f:Relation)
WHERE ($type IS NULL OR f.type = toUpper($type))
  AND ($entity IS NULL OR f.source IN chosen OR f.target IN chosen OR st.speaker IN chosen)
RETURN f.type AS type, f.source_name AS source, f.target_name AS target,
       CASE WHEN f.negated OR (st.kind = 'denied' AND NOT st.negated) OR (st.kind = 'confirmed' AND st.negated)
            THEN 'disputes' ELSE 'asserts' END AS stance,
       st.speaker_name AS claimant, st.kind AS kind, f.modality AS modality, st.date AS date,
       st.article_file AS article, st.content AS content
ORDER BY type, source, target, stance, claimant, article, st.char_start, st.id, f.id
SKIP $skip LIMIT $limit
