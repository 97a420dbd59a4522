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
OPTIONAL MATCH ()-[r]->() WHERE r.article = old.id
DELETE r
WITH DISTINCT old
OPTIONAL MATCH (s:Sentence {article: old.id})
DETACH DELETE s
WITH DISTINCT old
DETACH DELETE old
