// The id (content hash) of every article loaded completely, so that unchanged files are skipped
// (an article a load cut short carries `loading`, and is read and written again).
MATCH (a:Article)
WHERE a.loading IS NULL
RETURN a.id AS id
