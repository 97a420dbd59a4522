// name: contradictions
// description: Topics that one speaker confirmed while another denied them or refused to confirm them
// param: limit int = 100  at most this many topics
// param: skip int = 0  topics to leave out first (the next page: skip = limit)
// One row per topic, most contested first: over thousands of articles, every confirmer paired with
// every denier would be far more rows than anyone reads. Reads the speaker and subjects that
// statements carry as properties (see write/statements), which keeps it fast on large graphs.
MATCH (st:Statement)
WHERE st.kind IN ['confirmed', 'acknowledged', 'denied'] AND size(st.about) > 0
WITH st, CASE WHEN st.kind = 'denied' OR (st.kind = 'confirmed' AND st.negated) THEN 'disputed'
              WHEN NOT st.negated THEN 'confirmed' END AS side
WHERE side IS NOT NULL
UNWIND st.about AS topic_id
WITH topic_id,
     collect(DISTINCT CASE WHEN side = 'confirmed' THEN st.speaker_name END) AS confirmers,
     collect(DISTINCT CASE WHEN side = 'disputed' THEN st.speaker_name END) AS disputers,
     sum(CASE WHEN side = 'confirmed' THEN 1 ELSE 0 END) AS confirmations,
     sum(CASE WHEN side = 'disputed' THEN 1 ELSE 0 END) AS disputes,
     min(CASE WHEN side = 'confirmed' THEN st.content END) AS confirmed,
     min(CASE WHEN side = 'disputed' THEN st.content END) AS disputed
WHERE any(c IN confirmers WHERE NOT c IN disputers) AND size(disputers) > 0
   OR any(d IN disputers WHERE NOT d IN confirmers) AND size(confirmers) > 0
MATCH (topic:Entity {id: topic_id})
RETURN topic.name AS topic, confirmations, confirmers AS confirmed_by, confirmed,
       disputes, disputers AS disputed_by, disputed
ORDER BY confirmations + disputes DESC, topic
SKIP $skip LIMIT $limit
