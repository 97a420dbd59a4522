// name: statements-by
// description: Everything one person or organisation said, confirmed, denied... in date order
// param: entity string  the speaker's name or alias
MATCH (speaker:Entity)-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]->(st:Statement)-[:IN]->(:Sentence)-[:IN]->(a:Article)
WHERE toLower(speaker.name) = toLower($entity) OR toLower(speaker.name) ENDS WITH ' ' + toLower($entity)
   OR any(x IN speaker.aliases WHERE toLower(x) = toLower($entity))
RETURN speaker.name AS speaker, st.kind AS kind, st.negated AS negated, st.content AS content,
       st.date AS date, a.file AS article
ORDER BY date, article, content
