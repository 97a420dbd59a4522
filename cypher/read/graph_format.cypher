// The format kg recorded when it last wrote this graph (null in graphs from before formats).
OPTIONAL MATCH (m:KgMeta {id: 'graph'})
RETURN m.format AS format
