// Entities named by the old text of files about to be replaced: their co-mentions change.
// $files: the files being loaded, each with its new article id ({file, id}).
UNWIND $files AS row
MATCH (old:Article {file: row.file})
WHERE old.id <> row.id
MATCH (e:Entity)-[:MENTIONED_IN]->(old)
RETURN DISTINCT e.id AS id
