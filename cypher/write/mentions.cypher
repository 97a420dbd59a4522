// Created, not merged: the article is new (see write/articles), so is the edge.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
MATCH (a:Article {id: row.article})
CREATE (e)-[:MENTIONED_IN {count: row.count, starts: row.starts, texts: row.texts}]->(a)
