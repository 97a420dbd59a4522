// name: co-mentions
// description: The entity pairs named together in the most articles (at least two)
// param: limit int = 20  how many pairs
// param: skip int = 0  pairs to leave out first (the next page: skip = limit)
// Order: most shared articles first, then by the two names, then by the two ids (names can repeat).
// Reads the CO_MENTIONED edges written at load time. A pair's count is at most either entity's
// co_mention_peak, and the 2(skip+limit)-th largest peak is reached by at least skip+limit pairs
// (each pair raises two peaks): entities below that floor cannot be in the answer, so only the
// few above it are read.
MATCH (e:Entity)
WHERE e.co_mention_peak IS NOT NULL
WITH e.co_mention_peak AS peak
ORDER BY peak DESC
WITH collect(peak) AS peaks
WITH coalesce(peaks[2 * ($skip + $limit) - 1], peaks[size(peaks) - 1], 0) AS floor
MATCH (x:Entity)
WHERE x.co_mention_peak >= floor
MATCH (x)-[c:CO_MENTIONED]->(y:Entity)
WHERE c.articles >= floor
RETURN x.name AS entity_a, y.name AS entity_b, c.articles AS articles
ORDER BY articles DESC, entity_a, entity_b, x.id, y.id
SKIP $skip LIMIT $limit
