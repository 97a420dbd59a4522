// name: sources
// description: Which outlets reported which statements
// param: outlet string = null  only this outlet (name or alias)
// param: limit int = 100  at most this many rows
// param: skip int = 0  rows to leave out first (the next page: skip = limit)
// Order: by outlet, article file and place in the article, then by statement id.
// Without an outlet, statements are read as nodes: st.outlets names the outlets that carried one
// (REPORTED_BY) or made it in their own name (REPORTED), st.outlet_count counts them. Unwinding
// every list would cost more than reading it, and most name one outlet, so only the further
// outlets are unwound.
// With an outlet, its statements are walked to from it. Each side keeps its first skip + limit
// rows in the final order, so the page is exact.
CALL () {
  MATCH (st:Statement)
  WHERE $outlet IS NULL AND st.outlet_count > 0
  RETURN st.outlets[0] AS outlet, st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated,
         st.content AS content, st.article_file AS article, st.char_start AS char_start, st.id AS id
  ORDER BY outlet, article, char_start, id
  LIMIT $skip + $limit
  UNION ALL
  MATCH (st:Statement)
  WHERE $outlet IS NULL AND st.outlet_count > 1
  UNWIND st.outlets[1..] AS outlet
  RETURN outlet, st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated,
         st.content AS content, st.article_file AS article, st.char_start AS char_start, st.id AS id
  ORDER BY outlet, article, char_start, id
  LIMIT $skip + $limit
  UNION ALL
  MATCH (:Name {key: toLower($outlet)})-[:NAME_OF]->(o:Entity)-[:REPORTED|REPORTED_BY]-(st:Statement)
  RETURN o.name AS outlet, st.speaker_name AS speaker, st.kind AS kind, st.negated AS negated,
         st.content AS content, st.article_file AS article, st.char_start AS char_start, st.id AS id
  ORDER BY outlet, article, char_start, id
  LIMIT $skip + $limit
}
RETURN outlet, speaker, kind, negated, content, article
ORDER BY outlet, article, char_start, id
SKIP $skip LIMIT $limit
