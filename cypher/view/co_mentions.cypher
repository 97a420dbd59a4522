// Entity pairs named in two or more of the same articles (derived at load time), for kg view.
MATCH (a:Entity)-[c:CO_MENTIONED]->(b:Entity)
RETURN a.id AS source, b.id AS target, c.articles AS articles
