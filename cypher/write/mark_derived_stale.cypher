// Entities named by the old text of a replaced article: what is derived for them changes too.
// Runs before the old text is removed, and the flag survives an interrupted load.
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.derived_stale = true
