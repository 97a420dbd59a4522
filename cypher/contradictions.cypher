// name: contradictions
// description: Things one speaker confirmed while another denied them or refused to confirm them
MATCH (a:Entity)-[:CONFIRMED|ACKNOWLEDGED]->(s1:Statement)-[:ABOUT]->(topic:Entity)
WHERE NOT s1.negated
WITH topic, a, min(s1.content) AS confirmed
WITH topic, collect({name: a.name, id: a.id, content: confirmed}) AS confirmers
MATCH (b:Entity)-[r2:DENIED|CONFIRMED]->(s2:Statement)-[:ABOUT]->(topic)
WHERE type(r2) = 'DENIED' OR s2.negated
WITH topic, confirmers, b, min(s2.kind) AS disputed_how, min(s2.content) AS disputed
UNWIND confirmers AS confirmer
WITH topic, confirmer, b, disputed_how, disputed
WHERE confirmer.id <> b.id
RETURN topic.name AS topic, confirmer.name AS confirmed_by, confirmer.content AS confirmed,
       b.name AS disputed_by, disputed_how, disputed
ORDER BY topic, confirmed_by, disputed_by
