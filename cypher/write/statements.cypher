// A statement node, linked to its speaker by a relationship named after its kind. It also keeps its
// article's file and outlet, its speaker's id and name, the ids of its subjects and outlets and
// the outlets' names as properties, so that questions over thousands of statements read node
// properties instead of walking relationships. Created, not merged: a statement belongs to one new
// article (see write/articles).
UNWIND $rows AS row
MATCH (speaker:Entity {id: row.speaker})
MATCH (s:Sentence {id: row.sentence_id})
// Properties are given in CREATE's map, not SET one by one: several times faster in the
// embedded store.
CREATE (st:Statement {
  id: row.id, kind: row.kind, negated: row.negated, content: row.content,
  content_start: row.content_start, content_end: row.content_end,
  date: row.date, date_text: row.date_text, cue: row.cue,
  char_start: row.char_start, char_end: row.char_end, article: row.article,
  article_file: row.article_file, article_source: row.article_source,
  speaker: row.speaker, speaker_name: speaker.name, about: row.about, reported_by: row.reported_by,
  // The outlets that carried it: its speaker when the kind is 'reported'; statement_outlets adds
  // the REPORTED_BY ones.
  outlets: CASE WHEN row.kind = 'reported' THEN [speaker.name] ELSE [] END,
  outlet_count: CASE WHEN row.kind = 'reported' THEN 1 ELSE 0 END})
CREATE (st)-[:IN]->(s)
FOREACH (_ IN CASE WHEN row.kind = 'said' THEN [1] ELSE [] END | CREATE (speaker)-[:SAID]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'confirmed' THEN [1] ELSE [] END | CREATE (speaker)-[:CONFIRMED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'denied' THEN [1] ELSE [] END | CREATE (speaker)-[:DENIED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'acknowledged' THEN [1] ELSE [] END | CREATE (speaker)-[:ACKNOWLEDGED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'called_for' THEN [1] ELSE [] END | CREATE (speaker)-[:CALLED_FOR]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'warned' THEN [1] ELSE [] END | CREATE (speaker)-[:WARNED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'accused' THEN [1] ELSE [] END | CREATE (speaker)-[:ACCUSED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'condemned' THEN [1] ELSE [] END | CREATE (speaker)-[:CONDEMNED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'reported' THEN [1] ELSE [] END | CREATE (speaker)-[:REPORTED]->(st))
