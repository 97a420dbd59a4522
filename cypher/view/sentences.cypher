// The source sentence of each statement a view shows.
UNWIND $ids AS id
MATCH (s:Statement {id: id})-[:IN]->(sentence:Sentence)
RETURN id, sentence.text AS sentence
