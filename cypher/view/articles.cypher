// Each article's title, address and publication day, for the statements and relations of kg view.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.url AS url, a.published AS published
