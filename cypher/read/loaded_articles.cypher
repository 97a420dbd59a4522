// Which of $ids are articles loaded completely (an article being written carries `loading` until
// its last row is in), so that a load skips them.
UNWIND $ids AS id
MATCH (a:Article {id: id})
WHERE a.loading IS NULL
RETURN a.id AS id
