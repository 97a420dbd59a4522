// Derived at load time, like co-mentions: for each entity whose articles changed, who confirmed
// statements about it and who denied them or refused to confirm them, so that the contradictions
// question reads one node per topic instead of every statement of the graph.
UNWIND $rows AS row
MATCH (topic:Entity {id: row.id})
OPTIONAL MATCH (topic)<-[:ABOUT]-(st:Statement)
WHERE st.kind IN ['confirmed', 'acknowledged', 'denied']
WITH topic, st, CASE WHEN st.kind = 'denied' OR (st.kind = 'confirmed' AND st.negated) THEN 'disputed'
                     WHEN NOT st.negated THEN 'confirmed' END AS side
// Sorted before collecting, so that the lists of names are in name order in every store.
ORDER BY st.speaker_name
WITH topic,
     collect(DISTINCT CASE WHEN side = 'confirmed' THEN st.speaker_name END) AS confirmers,
     collect(DISTINCT CASE WHEN side = 'disputed' THEN st.speaker_name END) AS disputers,
     sum(CASE WHEN side = 'confirmed' THEN 1 ELSE 0 END) AS confirmations,
     sum(CASE WHEN side = 'disputed' THEN 1 ELSE 0 END) AS disputes,
     min(CASE WHEN side = 'confirmed' THEN st.content END) AS confirmed,
     min(CASE WHEN side = 'disputed' THEN st.content END) AS disputed
SET topic.contested = (any(c IN confirmers WHERE NOT c IN disputers) AND size(disputers) > 0)
                      OR (any(d IN disputers WHERE NOT d IN confirmers) AND size(confirmers) > 0),
    topic.confirmations = confirmations, topic.confirmed_by = confirmers, topic.confirmed_example = confirmed,
    topic.disputes = disputes, topic.disputed_by = disputers, topic.disputed_example = disputed
// The last derived step: once it is written, the entity is up to date.
REMOVE topic.derived_stale
