// Each article's title and publication day, for the statements of kg view.
MATCH (a:Article)
RETURN a.id AS id, a.title AS title, a.published AS published
