// Relation facts as nodes, one per stated fact, linked to their sentence as statements are, with
// both ends' ids and names, their modality and the statements that claim them, and the day (its
// date, or its article's when the text gives none): questions scan these nodes, whatever the type.
// The typed relationship between the two entities is written by write/relation_edges.
UNWIND $rows AS row
MATCH (source:Entity {id: row.source})
MATCH (target:Entity {id: row.target})
MATCH (s:Sentence {id: row.sentence_id})
MERGE (f:Relation {id: row.id})
SET f.type = row.type, f.source = row.source, f.source_name = source.name, f.target = row.target,
    f.target_name = target.name, f.troops = row.troops, f.unit = row.unit, f.title = row.title,
    f.date = row.date, f.day = coalesce(row.date, row.article_published),
    f.hypothetical = row.hypothetical, f.modality = row.modality, f.negated = row.negated,
    f.trigger = row.trigger, f.claimed_by = row.claimed_by, f.claimed = size(row.claimed_by) > 0,
    f.article = row.article, f.article_file = row.article_file, f.article_source = row.article_source,
    f.article_published = row.article_published, f.sentence = row.sentence_id, f.text = row.text,
    f.char_start = row.char_start, f.char_end = row.char_end
MERGE (f)-[:IN]->(s)
