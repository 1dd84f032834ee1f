import { EntityType, RelationshipType } from '../../graph/enums';
import type { ReconciledEntity } from '../../graph/reconcile.repository';
import { followedTypes } from '../../graph/relationship-filter';

/*
 * The reconciliation service's types and properties. Types are the entity kinds (ids as in GraphQL's
 * EntityType). Properties are what a sheet can match on or pull in: the entity's own aliases and
 * description, its country and organizations (through any relationship), and each relationship kind.
 */

export const TYPE_NAMES: Readonly<Record<EntityType, string>> = {
  [EntityType.PERSON]: 'Person',
  [EntityType.ORGANIZATION]: 'Organization',
  [EntityType.COUNTRY]: 'Country or region',
  [EntityType.EVENT]: 'Event',
  [EntityType.PRODUCT]: 'Product',
  [EntityType.TOPIC]: 'Topic',
  [EntityType.SOURCE]: 'Source',
};

/** A property's values on an entity: strings, or entities of this graph. */
export type PropertyValue = { str: string } | { id: string; name: string };

export interface PropertyDefinition {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  /** Relationship kinds whose other end the values come from; empty for the entity's own properties. */
  readonly via: readonly RelationshipType[];
  readonly values: (entity: ReconciledEntity) => PropertyValue[];
}

const EVERY_KIND = followedTypes();

function relatedOfType(type: EntityType | null, via: readonly RelationshipType[]) {
  return (entity: ReconciledEntity): PropertyValue[] => {
    const seen = new Set<string>();
    return entity.related
      .filter((related) => via.includes(related.via) && (type === null || related.type === type) && !seen.has(related.id) && seen.add(related.id))
      .map((related) => ({ id: related.id, name: related.name }));
  };
}

const words = (kind: string) => kind.toLowerCase().replace(/_/g, ' ');

/** Every property, by id. */
export const PROPERTIES: ReadonlyMap<string, PropertyDefinition> = new Map(
  [
    { id: 'aliases', name: 'Aliases', description: 'Other names, Japanese spellings included.', via: [], values: (e: ReconciledEntity) => e.aliases.map((str) => ({ str })) },
    { id: 'description', name: 'Description', description: 'A short description.', via: [], values: (e: ReconciledEntity) => (e.description === null ? [] : [{ str: e.description }]) },
    { id: 'country', name: 'Country', description: 'Countries or regions it is related to (based in, held in, part of, ...).', via: EVERY_KIND, values: relatedOfType(EntityType.COUNTRY, EVERY_KIND) },
    { id: 'organization', name: 'Organization', description: 'Organizations it is related to (positions, membership, founding, ...).', via: EVERY_KIND, values: relatedOfType(EntityType.ORGANIZATION, EVERY_KIND) },
    ...Object.values(RelationshipType).map((kind) => ({
      id: kind,
      name: words(kind),
      description: `Entities related to it by ${kind}, either way.`,
      via: [kind],
      values: relatedOfType(null, [kind]),
    })),
  ].map((definition) => [definition.id, definition] as const),
);

/** The relationship kinds to read for these properties. */
export function relationshipTypesOf(properties: readonly PropertyDefinition[]): RelationshipType[] {
  return [...new Set(properties.flatMap((property) => property.via))];
}
