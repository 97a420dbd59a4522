// Entity relations, one relationship per stated fact, with its provenance (the article's file,
// outlet and day are repeated so that listings need not look the article up per row).
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
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
