// name: contradictions
// description: Topics that one speaker confirmed while another denied them or refused to confirm them
// param: limit int = 100  at most this many topics
// param: skip int = 0  topics to leave out first (the next page: skip = limit)
// Order: most confirmations and disputes first, then by topic name, then by topic id. confirmed_by
// and disputed_by are sorted by name (see write/contested).
// One row per topic, most contested first: over thousands of articles, every confirmer paired with
// every denier would be far more rows than anyone reads. The sides are written on each entity at
// load time (see write/contested).
MATCH (topic:Entity)
WHERE topic.contested
RETURN topic.name AS topic, topic.confirmations AS confirmations, topic.confirmed_by AS confirmed_by,
       topic.confirmed_example AS confirmed, topic.disputes AS disputes, topic.disputed_by AS disputed_by,
       topic.disputed_example AS disputed
ORDER BY confirmations + disputes DESC, topic, topic.id
SKIP $skip LIMIT $limit
