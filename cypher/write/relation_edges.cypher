// The typed relationship between the two entities of each relation fact (same id as its Relation
// node). Relation types come from rules files, and Cypher cannot take a relationship type as a
// parameter: kg/load.py writes each type's rows with RELATION_TYPE replaced by the type's name,
// after checking the name against kg.schema.RELATION_NAME (upper snake case only).
// Created, not merged: a fact belongs to one new article (see write/articles).
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
CREATE (source)-[:RELATION_TYPE {
  id: row.id, troops: row.troops, unit: row.unit, title: row.title, date: row.date,
  hypothetical: row.hypothetical, modality: row.modality, negated: row.negated,
  claimed_by: row.claimed_by, article: row.article, article_file: row.article_file,
  article_source: row.article_source, article_published: row.article_published,
  sentence: row.sentence_id, text: row.text, char_start: row.char_start, char_end: row.char_end}]->(target)
