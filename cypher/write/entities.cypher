// Entities carry the common label and their type's label; aliases and roles accumulate over articles.
UNWIND $rows AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name, e.type = row.type
SET e.aliases = [x IN coalesce(e.aliases, []) WHERE NOT x IN row.aliases AND x <> row.name]
              + [x IN row.aliases + [row.name] WHERE x <> e.name],
    e.role = coalesce(e.role, row.role),
    // standard identifiers (ISO 3166 code, GeoNames id, coordinates) where the gazetteer knows them
    e.iso = coalesce(row.iso, e.iso),
    e.geonames_id = coalesce(row.geonames_id, e.geonames_id),
    e.lat = coalesce(row.lat, e.lat),
    e.lon = coalesce(row.lon, e.lon),
    // What is derived for this entity (co-mentions, confirmers and disputers) is rebuilt at the end
    // of the load; the flag survives an interrupted load, so the next one still rebuilds it.
    e.derived_stale = true
FOREACH (_ IN CASE WHEN row.type = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN row.type = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN row.type = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN row.type = 'Place' THEN [1] ELSE [] END | SET e:Place)
