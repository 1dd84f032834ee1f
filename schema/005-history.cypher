// The graph's memory (docs/history.md): earlier states of entities and relationships,
// found by the id of what they were a state of; seed loads found by their mutation, for history.
CREATE INDEX entity_state_entity IF NOT EXISTS FOR (s:EntityState) ON (s.entityId);
CREATE INDEX relationship_state_relationship IF NOT EXISTS FOR (s:RelationshipState) ON (s.relationshipId);
CREATE INDEX revision_mutation IF NOT EXISTS FOR (v:Revision) ON (v.mutation);
// A seed load's ids, in its `LoadedIds` nodes: the keyword analyzer keeps each id whole as one term,
// so "which seed loads named this id" is one term query, whatever the size of the loads.
CREATE FULLTEXT INDEX loaded_ids IF NOT EXISTS
FOR (c:LoadedIds) ON EACH [c.entityIds, c.relationshipIds]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
