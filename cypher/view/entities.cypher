// Every entity with its names and how often the articles name it, for kg view.
MATCH (e:Entity)
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Article)
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases, e.role AS role,
       sum(m.count) AS mentions
