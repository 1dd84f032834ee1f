// Lookups the API makes besides by id: listing by name, events by date and category,
// organizations by category. Kinds are labels, served by Neo4j's built-in label lookup index.
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// `entities(type: ...)` pages by name through an index of the kind's own label: a seek that starts at
// the cursor's name and stops after a page (the Entity index would also walk every other kind).
CREATE INDEX person_name IF NOT EXISTS FOR (e:Person) ON (e.name);
CREATE INDEX organization_name IF NOT EXISTS FOR (e:Organization) ON (e.name);
CREATE INDEX country_name IF NOT EXISTS FOR (e:Country) ON (e.name);
CREATE INDEX event_name IF NOT EXISTS FOR (e:Event) ON (e.name);
CREATE INDEX product_name IF NOT EXISTS FOR (e:Product) ON (e.name);
CREATE INDEX topic_name IF NOT EXISTS FOR (e:Topic) ON (e.name);
CREATE INDEX source_name IF NOT EXISTS FOR (e:Source) ON (e.name);
// `entities(orderBy: DATE)` merges events by start date with sources by publication day.
CREATE INDEX source_published_on IF NOT EXISTS FOR (e:Source) ON (e.publishedOn);
CREATE INDEX event_start_date IF NOT EXISTS FOR (e:Event) ON (e.startDate);
CREATE INDEX event_category IF NOT EXISTS FOR (e:Event) ON (e.category);
CREATE INDEX organization_category IF NOT EXISTS FOR (o:Organization) ON (o.category);
