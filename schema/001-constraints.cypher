// Every entity has a unique, stable id: the public API's key and the MERGE key of the loader.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
