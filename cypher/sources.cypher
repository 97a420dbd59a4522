// name: sources
// description: Which outlets reported which statements
// param: outlet string = null  only this outlet (name or alias)
MATCH (outlet:Entity)<-[:REPORTED_BY]-(st:Statement)
WHERE $outlet IS NULL OR toLower(outlet.name) = toLower($outlet) OR toLower(outlet.name) ENDS WITH ' ' + toLower($outlet)
   OR any(x IN outlet.aliases WHERE toLower(x) = toLower($outlet))
MATCH (st)<-[:SAID|CONFIRMED|DENIED|ACKNOWLEDGED|CALLED_FOR|WARNED|ACCUSED|CONDEMNED|REPORTED]-(speaker:Entity)
MATCH (st)-[:IN]->(:Sentence)-[:IN]->(a:Article)
RETURN outlet.name AS outlet, speaker.name AS speaker, st.kind AS kind, st.negated AS negated,
       st.content AS content, a.file AS article
UNION
MATCH (outlet:Entity)-[:REPORTED]->(st:Statement)-[:IN]->(:Sentence)-[:IN]->(a:Article)
WHERE $outlet IS NULL OR toLower(outlet.name) = toLower($outlet) OR toLower(outlet.name) ENDS WITH ' ' + toLower($outlet)
   OR any(x IN outlet.aliases WHERE toLower(x) = toLower($outlet))
RETURN outlet.name AS outlet, outlet.name AS speaker, st.kind AS kind, st.negated AS negated,
       st.content AS content, a.file AS article
ORDER BY outlet, article, speaker
