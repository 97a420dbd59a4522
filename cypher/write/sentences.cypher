UNWIND $rows AS row
MATCH (a:Article {id: row.article})
MERGE (s:Sentence {id: row.id})
SET s.index = row.index, s.text = row.text, s.char_start = row.char_start, s.char_end = row.char_end, s.article = row.article
MERGE (s)-[:IN]->(a)
