// What a statement is about. Created, not merged: the statement is new (see write/statements).
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (st)-[:ABOUT]->(e)
