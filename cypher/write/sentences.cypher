// Created, not merged: a sentence belongs to one new article (see write/articles).
UNWIND $rows AS row
MATCH (a:Article {id: row.article})
CREATE (s:Sentence {id: row.id, index: row.index, text: row.text, char_start: row.char_start,
                    char_end: row.char_end, article: row.article})
CREATE (s)-[:IN]->(a)
