// Created, not merged: an article already in the graph is either skipped or removed first (see
// write/remove_articles). `loading` stays until every row of the article is in
// (write/articles_complete), so that a load cut short is completed by the next.
UNWIND $rows AS row
CREATE (a:Article {id: row.id, file: row.file, title: row.title, source: row.source, published: row.published,
                   url: row.url, author: row.author, published_at: row.published_at, loading: true})
