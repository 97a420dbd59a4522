UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a.file = row.file, a.title = row.title, a.source = row.source,
    a.published = row.published, a.url = row.url, a.author = row.author,
    a.published_at = row.published_at
