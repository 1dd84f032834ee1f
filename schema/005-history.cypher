// The graph's memory (README, "The graph's memory"): earlier states of entities and relationships,
// found by the id of what they were a state of; seed loads found by their mutation, for history.
CREATE INDEX entity_state_entity IF NOT EXISTS FOR (s:EntityState) ON (s.entityId);
CREATE INDEX relationship_state_relationship IF NOT EXISTS FOR (s:RelationshipState) ON (s.relationshipId);
CREATE INDEX revision_mutation IF NOT EXISTS FOR (v:Revision) ON (v.mutation);
