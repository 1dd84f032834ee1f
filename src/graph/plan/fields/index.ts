import type { FieldFragment, FieldRegistry } from '../compile';
import { ENTITY_FIELDS } from './entity';
import { HISTORY_FIELDS } from './history';
import { RELATED_FIELDS } from './related';
import { RELATIONSHIP_FIELDS } from './relationship';
import { SOURCE_FIELDS } from './source';

/**
 * Every planned field's Cypher fragment, by `Type.field`: `Entity.*` in entity.ts, `Relationship.*`
 * in relationship.ts, the typed one-hop fields of the kinds (and positions, participants, metWith) in
 * related.ts, `Source.facts` in source.ts, `Entity.history` and `Relationship.history` in history.ts (a revision's projection: revision.ts). A field missing here is answered by its resolver.
 */
export const FIELD_REGISTRY: FieldRegistry = new Map<string, FieldFragment>([
  ...ENTITY_FIELDS,
  ...RELATIONSHIP_FIELDS,
  ...RELATED_FIELDS,
  ...SOURCE_FIELDS,
  ...HISTORY_FIELDS,
]);
