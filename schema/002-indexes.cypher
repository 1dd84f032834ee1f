// Lookups the API makes besides by id: listing by name, events by date and category,
// organizations by category. Kinds are labels, served by Neo4j's built-in label lookup index.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX event_start_date IF NOT EXISTS FOR (e:Event) ON (e.startDate);
CREATE INDEX event_category IF NOT EXISTS FOR (e:Event) ON (e.category);
CREATE INDEX organization_category IF NOT EXISTS FOR (o:Organization) ON (o.category);
