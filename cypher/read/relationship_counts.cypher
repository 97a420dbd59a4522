// Relationship counts by type for `kg stats`. Kept in this exact shape (no other column, no
// ORDER BY) because the embedded store answers it from its tallies instead of reading every edge.
MATCH ()-[r]->()
RETURN type(r) AS name, count(*) AS count
