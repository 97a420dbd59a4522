// The last step of a batch: its articles are complete, and later loads skip them.
UNWIND $rows AS row
MATCH (a:Article {id: row.id})
REMOVE a.loading
