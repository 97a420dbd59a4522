// Entities named by articles about to be removed (see read/replaced_articles): what is derived for
// them changes too. $ids: those articles' ids.
UNWIND $ids AS id
MATCH (e:Entity)-[:MENTIONED_IN]->(:Article {id: id})
RETURN DISTINCT e.id AS id
