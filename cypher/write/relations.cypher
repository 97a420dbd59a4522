// Entity relations, one relationship per stated fact, with its provenance (the article's file,
// outlet and day are repeated so that listings need not look the article up per row).
// Each fact is also a Relation node linked to its sentence, as statements are: it names both ends
// and the day, so that listings and timelines scan nodes instead of relationships. Created, not
// merged: a fact belongs to one new article (see write/articles).
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MATCH (s:Sentence {id: row.sentence_id})
CREATE (f:Relation {
  id: row.id, type: row.type, source: row.source, source_name: source.name, target: row.target,
  target_name: target.name, troops: row.troops, date: row.date,
  day: coalesce(row.date, row.article_published), hypothetical: row.hypothetical,
  article: row.article, article_file: row.article_file, article_source: row.article_source,
  article_published: row.article_published, sentence: row.sentence_id, text: row.text,
  char_start: row.char_start, char_end: row.char_end})
CREATE (f)-[:IN]->(s)
FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED_TO' THEN [1] ELSE [] END |
  CREATE (source)-[:DEPLOYED_TO {
    id: row.id, troops: row.troops, date: row.date, hypothetical: row.hypothetical,
    article: row.article, article_file: row.article_file, article_source: row.article_source,
    article_published: row.article_published, sentence: row.sentence_id, text: row.text,
    char_start: row.char_start, char_end: row.char_end}]->(target))
FOREACH (_ IN CASE WHEN row.type = 'SIGNED_TREATY_WITH' THEN [1] ELSE [] END |
  CREATE (source)-[:SIGNED_TREATY_WITH {
    id: row.id, article: row.article, article_file: row.article_file, article_source: row.article_source,
    article_published: row.article_published, sentence: row.sentence_id, text: row.text,
    char_start: row.char_start, char_end: row.char_end}]->(target))
