// Relation facts as nodes, one per stated fact, linked to their sentence as statements are, with
// both ends' ids and names, their modality and the statements that claim them, and the day (its
// date, or its article's when the text gives none): questions scan these nodes, whatever the type.
// The typed relationship between the two entities is written by write/relation_edges.
// Created, not merged: a fact belongs to one new article (see write/articles); its properties are
// given in CREATE's map, several times faster in the embedded store than SET one by one.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MATCH (s:Sentence {id: row.sentence_id})
CREATE (f:Relation {
  id: row.id, type: row.type, source: row.source, source_name: source.name, target: row.target,
  target_name: target.name, troops: row.troops, unit: row.unit, title: row.title,
  date: row.date, day: coalesce(row.date, row.article_published),
  hypothetical: row.hypothetical, modality: row.modality, negated: row.negated,
  trigger: row.trigger, claimed_by: row.claimed_by, claimed: size(row.claimed_by) > 0,
  article: row.article, article_file: row.article_file, article_source: row.article_source,
  article_published: row.article_published, sentence: row.sentence_id, text: row.text,
  char_start: row.char_start, char_end: row.char_end})
CREATE (f)-[:IN]->(s)
