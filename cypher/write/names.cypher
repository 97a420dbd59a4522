// The lookup keys of an entity: its name, its aliases and the endings of its name ("Putin",
// "Jong-un"), lower-cased. Questions find "-p entity=putin" with one index seek instead of
// testing every entity's name, which is what made them slow on large graphs.
UNWIND $rows AS row
MATCH (e:Entity {id: row.entity})
UNWIND row.keys AS key
MERGE (n:Name {key: key})
MERGE (n)-[:NAME_OF]->(e)
