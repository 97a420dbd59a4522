// Lints Cypher texts with Neo4j's language support. Reads [{name, text, parameters}] as JSON on
// stdin, prints [{name, diagnostics}] as JSON on stdout.
import { lintCypherQuery } from '@neo4j-cypher/language-support';

let input = '';
process.stdin.setEncoding('utf8');
for await (const chunk of process.stdin) input += chunk;
const out = JSON.parse(input).map(({ name, text, parameters }) => {
  const { diagnostics } = lintCypherQuery(text, { parameters });
  return { name, diagnostics: diagnostics.map(d => ({ severity: d.severity, message: d.message, offsets: d.offsets })) };
});
process.stdout.write(JSON.stringify(out));
