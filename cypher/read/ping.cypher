// The first round trip of a Neo4j store: it checks the address, the credentials and the database.
RETURN 1 AS ok
