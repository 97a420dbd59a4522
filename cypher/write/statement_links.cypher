// What a statement is about, and the outlets that carried it. Created, not merged: the statement is
// new (see write/statements).
UNWIND $rows AS row
MATCH (st:Statement {id: row.statement})
MATCH (e:Entity {id: row.entity})
FOREACH (_ IN CASE WHEN row.link = 'ABOUT' THEN [1] ELSE [] END | CREATE (st)-[:ABOUT]->(e))
FOREACH (_ IN CASE WHEN row.link = 'REPORTED_BY' THEN [1] ELSE [] END |
  CREATE (st)-[:REPORTED_BY]->(e)
  SET st.outlets = [name IN st.outlets WHERE name <> e.name] + e.name)
SET st.outlet_count = size(st.outlets)
