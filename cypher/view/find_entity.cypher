// The entities a name, alias or name ending stands for, through kg's Name index.
MATCH (:Name {key: toLower($entity)})-[:NAME_OF]->(e:Entity)
RETURN e.id AS id
