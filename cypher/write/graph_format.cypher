// Records which format of graph kg wrote (see kg.load.GRAPH_FORMAT).
UNWIND $rows AS row
MERGE (m:KgMeta {id: 'graph'})
SET m.format = row.format
