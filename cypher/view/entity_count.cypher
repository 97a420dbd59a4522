// How many entities the graph holds: a view of all of them is refused before reading them when
// there are too many.
MATCH (e:Entity)
RETURN count(e) AS entities
