// The typed relationship between the two entities of each relation fact (same id as its Relation
// node). Relation types come from rules files, and Cypher cannot take a relationship type as a
// parameter: kg/load.py writes each type's rows with RELATION_TYPE replaced by the type's name,
// after checking the name against kg.schema.RELATION_NAME (upper snake case only).
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MERGE (source)-[r:RELATION_TYPE {id: row.id}]->(target)
SET r.troops = row.troops, r.unit = row.unit, r.title = row.title, r.date = row.date,
    r.hypothetical = row.hypothetical, r.modality = row.modality, r.negated = row.negated,
    r.claimed_by = row.claimed_by, r.article = row.article, r.article_file = row.article_file,
    r.article_source = row.article_source, r.article_published = row.article_published,
    r.sentence = row.sentence_id, r.text = row.text, r.char_start = row.char_start, r.char_end = row.char_end
