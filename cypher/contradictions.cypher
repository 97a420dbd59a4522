// name: contradictions
// description: Things one speaker confirmed while another denied them or refused to confirm them
MATCH (a:Entity)-[:CONFIRMED|ACKNOWLEDGED]->(s1:Statement)-[:ABOUT]->(topic:Entity)<-[:ABOUT]-(s2:Statement)<-[r2:DENIED|CONFIRMED]-(b:Entity)
WHERE a <> b AND NOT s1.negated AND (type(r2) = 'DENIED' OR s2.negated)
RETURN topic.name AS topic, a.name AS confirmed_by, s1.content AS confirmed, b.name AS disputed_by,
       s2.kind AS disputed_how, s2.negated AS negated, s2.content AS disputed
ORDER BY topic, confirmed_by, disputed_by
