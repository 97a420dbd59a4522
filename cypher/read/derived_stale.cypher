// Entities whose derived co-mentions, confirmers and disputers must be rebuilt.
MATCH (e:Entity)
WHERE e.derived_stale
RETURN e.id AS id
