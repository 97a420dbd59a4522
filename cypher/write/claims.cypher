// Which statements claim which relation facts: the relation was found inside the statement's
// content ("Seoul says Pyongyang sent troops").
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (f:Relation {id: row.relation})
MERGE (st)-[:CLAIMS]->(f)
