// Relation facts (DEPLOYED_TO and the rest) from their Relation nodes, which carry their
// sentence's text and their day (their date, or their article's day), for kg view.
MATCH (r:Relation)
WHERE ($since IS NULL OR r.day >= $since) AND ($until IS NULL OR r.day <= $until)
RETURN r.id AS id, r.type AS type, r.source AS source, r.target AS target, r.troops AS troops,
       r.unit AS unit, r.title AS role, r.hypothetical AS hypothetical, r.modality AS modality,
       r.negated AS negated, r.date AS date, r.day AS day, r.text AS sentence,
       r.article AS article_id, r.article_file AS article, r.article_source AS outlet,
       r.article_published AS published
