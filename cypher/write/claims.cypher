// Which statements claim which relation facts: the relation was found inside the statement's
// content ("Seoul says Pyongyang sent troops"). Created, not merged: both are new (see write/articles).
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (f:Relation {id: row.relation})
CREATE (st)-[:CLAIMS]->(f)
