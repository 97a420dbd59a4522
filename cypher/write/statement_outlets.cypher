// The outlets that carried a statement, as relationships and in its `outlets` names. Created, not
// merged: the statement is new (see write/statements).
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
CREATE (st)-[:REPORTED_BY]->(e)
SET st.outlets = [name IN st.outlets WHERE name <> e.name] + e.name
SET st.outlet_count = size(st.outlets)
