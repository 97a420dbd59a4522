// Entity relations, one relationship per stated fact, with its provenance (the article's file,
// outlet and day are repeated so that listings need not look the article up per row).
// Each fact is also a Relation node linked to its sentence, as statements are: it names both ends
// and the day, so that listings and timelines scan nodes instead of relationships.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MATCH (s:Sentence {id: row.sentence_id})
MERGE (f:Relation {id: row.id})
SET f.type = row.type, f.source = row.source, f.source_name = source.name, f.target = row.target,
    f.target_name = target.name, f.troops = row.troops, f.date = row.date,
    f.day = coalesce(row.date, row.article_published), f.hypothetical = row.hypothetical,
    f.article = row.article, f.article_file = row.article_file, f.article_source = row.article_source,
    f.article_published = row.article_published, f.sentence = row.sentence_id, f.text = row.text,
    f.char_start = row.char_start, f.char_end = row.char_end
MERGE (f)-[:IN]->(s)
FOREACH (_ IN CASE WHEN row.type = 'DEPLOYED_TO' THEN [1] ELSE [] END |
  MERGE (source)-[r:DEPLOYED_TO {id: row.id}]->(target)
  SET r.troops = row.troops, r.date = row.date, r.hypothetical = row.hypothetical,
      r.article = row.article, r.article_file = row.article_file, r.article_source = row.article_source,
      r.article_published = row.article_published, r.sentence = row.sentence_id, r.text = row.text,
      r.char_start = row.char_start, r.char_end = row.char_end)
FOREACH (_ IN CASE WHEN row.type = 'SIGNED_TREATY_WITH' THEN [1] ELSE [] END |
  MERGE (source)-[r:SIGNED_TREATY_WITH {id: row.id}]->(target)
  SET r.article = row.article, r.article_file = row.article_file, r.article_source = row.article_source,
      r.article_published = row.article_published, r.sentence = row.sentence_id, r.text = row.text,
      r.char_start = row.char_start, r.char_end = row.char_end)
