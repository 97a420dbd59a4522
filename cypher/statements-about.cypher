// name: statements-about
// description: Everything said about an entity, and by whom
// param: entity string  the entity's name or alias
MATCH (e:Entity)<-[:ABOUT]-(st:Statement)<-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]-(speaker:Entity)
WHERE toLower(e.name) = toLower($entity) OR toLower(e.name) ENDS WITH ' ' + toLower($entity) OR any(x IN e.aliases WHERE toLower(x) = toLower($entity))
MATCH (st)-[:IN]->(:Sentence)-[:IN]->(a:Article)
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, a.file AS article
ORDER BY date, speaker, content
