// The articles that documents about to be written replace: the same file with another text, or the
// same text left incomplete by a load cut short. $rows: the documents' articles ({id, file}).
UNWIND $rows AS row
MATCH (old:Article {file: row.file})
RETURN old.id AS id
UNION
UNWIND $rows AS row
MATCH (old:Article {id: row.id})
RETURN old.id AS id
