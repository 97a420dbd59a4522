// Articles about to be written again: an older text of the same file, or the same text that a
// load cut short left incomplete (or that an upgrade re-reads). Everything their text gave goes,
// so that what is written next can be created, not merged.
UNWIND $rows AS row
MATCH (old:Article {id: row.id})
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
