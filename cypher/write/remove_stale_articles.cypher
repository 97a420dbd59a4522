// An article file whose text changed: drop what the old text gave, before the new text is written.
UNWIND $rows AS row
MATCH (old:Article {file: row.file})
WHERE old.id <> row.id
OPTIONAL MATCH (st:Statement {article: old.id})
DETACH DELETE st
WITH DISTINCT old
OPTIONAL MATCH (f:Relation {article: old.id})
DETACH DELETE f
WITH DISTINCT old
// A relation's source is named in its article, so its relationships are found from the old
// article's entities rather than by reading every relationship of the graph. Relation types come
// from rules files, so any relationship between entities that carries the article is one.
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(old)
OPTIONAL MATCH (e)-[r]->(:Entity)
WHERE r.article = old.id
DELETE r
WITH DISTINCT old
OPTIONAL MATCH (s:Sentence {article: old.id})
DETACH DELETE s
WITH DISTINCT old
DETACH DELETE old
