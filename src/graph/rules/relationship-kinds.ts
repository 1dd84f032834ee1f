import { EntityType, RelationshipType } from '../enums';

/*
 * Which kinds of entity each relationship type may join, read from the types' meanings and the seed
 * graph (the project's facts.md): a person holds a position in an organization, an event is held in a
 * country, an organization imposes a ban. One table, used by the seed loader and by every write.
 */

const { PERSON, ORGANIZATION, COUNTRY, EVENT, PRODUCT, TOPIC, SOURCE } = EntityType;
/** Actors: who can do, sign, host or say something. */
const ACTORS = [PERSON, ORGANIZATION, COUNTRY];
/** What an event can be about or act on: anything but a source. */
const SUBJECTS = [PERSON, ORGANIZATION, COUNTRY, EVENT, PRODUCT, TOPIC];

export interface Ends {
  readonly from: readonly EntityType[];
  readonly to: readonly EntityType[];
}

export const RELATIONSHIP_ENDS: Readonly<Record<RelationshipType, Ends>> = {
  [RelationshipType.HOLDS_POSITION]: { from: [PERSON], to: [ORGANIZATION] },
  [RelationshipType.CO_FOUNDED]: { from: [PERSON, ORGANIZATION], to: [ORGANIZATION] },
  [RelationshipType.AUTHORED]: { from: [PERSON, ORGANIZATION], to: [SOURCE] },
  [RelationshipType.DEVELOPS]: { from: [PERSON, ORGANIZATION], to: [PRODUCT] },
  [RelationshipType.BASED_IN]: { from: [PERSON, ORGANIZATION], to: [COUNTRY] },
  [RelationshipType.MEMBER_OF]: { from: ACTORS, to: [ORGANIZATION] },
  [RelationshipType.PART_OF]: { from: [ORGANIZATION, COUNTRY], to: [ORGANIZATION, COUNTRY] },
  [RelationshipType.PARTICIPATED_IN]: { from: ACTORS, to: [EVENT] },
  [RelationshipType.HOSTED]: { from: ACTORS, to: [EVENT] },
  [RelationshipType.STATED]: { from: ACTORS, to: [EVENT] },
  [RelationshipType.HELD_IN]: { from: [EVENT], to: [COUNTRY] },
  [RelationshipType.CONCERNS]: { from: [EVENT], to: SUBJECTS },
  [RelationshipType.REFERS_TO]: { from: [EVENT], to: SUBJECTS },
  [RelationshipType.AFFECTED]: { from: [EVENT], to: [PERSON, ORGANIZATION, COUNTRY, PRODUCT] },
  [RelationshipType.LED_TO]: { from: [EVENT], to: [EVENT] },
  [RelationshipType.IMPOSED]: { from: [ORGANIZATION, COUNTRY], to: [EVENT] },
  [RelationshipType.TARGETS]: { from: [EVENT], to: [PERSON, ORGANIZATION, COUNTRY, PRODUCT] },
  [RelationshipType.SIGNED]: { from: ACTORS, to: [EVENT] },
  [RelationshipType.ADDRESSED_TO]: { from: [EVENT], to: ACTORS },
  [RelationshipType.ORGANIZED]: { from: ACTORS, to: [EVENT] },
  [RelationshipType.MENTIONED_IN]: { from: SUBJECTS, to: [SOURCE] },
};

/** Why `from -type-> to` may not exist, naming the end at fault; null when the kinds fit. */
export function relationshipKindsProblem(type: RelationshipType, from: EntityType, to: EntityType): { field: 'from' | 'to'; message: string } | null {
  const ends = RELATIONSHIP_ENDS[type];
  if (ends === undefined) return null;
  if (!ends.from.includes(from)) {
    return { field: 'from', message: `a ${from} cannot be the start of ${type} (allowed: ${ends.from.join(', ')})` };
  }
  if (!ends.to.includes(to)) {
    return { field: 'to', message: `a ${to} cannot be the end of ${type} (allowed: ${ends.to.join(', ')})` };
  }
  return null;
}
