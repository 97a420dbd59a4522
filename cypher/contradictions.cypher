// name: contradictions
// description: Topics that one speaker confirmed while another denied them or refused to confirm them
// param: limit int = 100  at most this many topics
// param: skip int = 0  topics to leave out first (the next page: skip = limit)
// One row per topic, most contested first: over thousands of articles, every confirmer paired with
// every denier would be far more rows than anyone reads.
MATCH (b:Entity)-[r2:DENIED|CONFIRMED]->(s2:Statement)-[:ABOUT]->(topic:Entity)
WHERE type(r2) = 'DENIED' OR s2.negated
WITH topic, collect(DISTINCT b.name) AS disputers, count(s2) AS disputes, min(s2.content) AS disputed
MATCH (topic)<-[:ABOUT]-(s1:Statement)<-[:CONFIRMED|ACKNOWLEDGED]-(a:Entity)
WHERE NOT s1.negated
WITH topic, disputers, disputes, disputed, collect(DISTINCT a.name) AS confirmers, count(s1) AS confirmations,
     min(s1.content) AS confirmed
WHERE any(c IN confirmers WHERE NOT c IN disputers) OR any(d IN disputers WHERE NOT d IN confirmers)
RETURN topic.name AS topic, confirmations, confirmers AS confirmed_by, confirmed,
       disputes, disputers AS disputed_by, disputed
ORDER BY confirmations + disputes DESC, topic
SKIP $skip LIMIT $limit
