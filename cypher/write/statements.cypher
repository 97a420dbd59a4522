// A statement node, linked to its speaker by a relationship named after its kind. It also keeps its
// article's file and outlet, its speaker's id and name, the ids of its subjects and outlets and
// the outlets' names as properties, so that questions over thousands of statements read node
// properties instead of walking relationships.
UNWIND $rows AS row
MATCH (speaker:Entity {id: row.speaker})
MATCH (s:Sentence {id: row.sentence_id})
MERGE (st:Statement {id: row.id})
SET st.kind = row.kind, st.negated = row.negated, st.content = row.content,
    st.content_start = row.content_start, st.content_end = row.content_end,
    st.date = row.date, st.date_text = row.date_text, st.cue = row.cue,
    st.char_start = row.char_start, st.char_end = row.char_end, st.article = row.article,
    st.article_file = row.article_file, st.article_source = row.article_source,
    st.speaker = row.speaker, st.speaker_name = speaker.name, st.about = row.about,
    st.reported_by = row.reported_by,
    // The outlets that carried it: its speaker when the kind is 'reported'; statement_links adds
    // the REPORTED_BY ones.
    st.outlets = CASE WHEN row.kind = 'reported' THEN [speaker.name] ELSE [] END,
    st.outlet_count = CASE WHEN row.kind = 'reported' THEN 1 ELSE 0 END
MERGE (st)-[:IN]->(s)
FOREACH (_ IN CASE WHEN row.kind = 'said' THEN [1] ELSE [] END | MERGE (speaker)-[:SAID]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'confirmed' THEN [1] ELSE [] END | MERGE (speaker)-[:CONFIRMED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'denied' THEN [1] ELSE [] END | MERGE (speaker)-[:DENIED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'acknowledged' THEN [1] ELSE [] END | MERGE (speaker)-[:ACKNOWLEDGED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'called_for' THEN [1] ELSE [] END | MERGE (speaker)-[:CALLED_FOR]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'warned' THEN [1] ELSE [] END | MERGE (speaker)-[:WARNED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'accused' THEN [1] ELSE [] END | MERGE (speaker)-[:ACCUSED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'condemned' THEN [1] ELSE [] END | MERGE (speaker)-[:CONDEMNED]->(st))
FOREACH (_ IN CASE WHEN row.kind = 'reported' THEN [1] ELSE [] END | MERGE (speaker)-[:REPORTED]->(st))
