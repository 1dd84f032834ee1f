import type { CypherRunner } from '../cypher-runner';
import type { EntityRecord, RelationshipRecord } from '../records';
import type { SeedEntity, SeedRelationship } from '../seed/seed-format';
import {
  assertRelationship,
  createEntity,
  createSource,
  retractEntity,
  retractRelationship,
  updateEntity,
  type EntityPatch,
} from './curation-operations';
import { assertRelationships, createEntities } from './changeset-operations';
import { eraseEntity } from './erasure';
import { updateRelationship, type RelationshipPatch } from './relationship-update';
import { runWrite, type WriteMeta, type WriteOutcome } from './write-scope';

/** A source to create: the validated entity and, if named, its author's id. */
export interface SourceToCreate {
  source: SeedEntity;
  author: string | null;
}

/** What a changeset wrote, in input order. */
export interface ChangesetWritten {
  sources: EntityRecord[];
  entities: EntityRecord[];
  relationships: RelationshipRecord[];
}

/** Per record, time a large changeset may take beyond a request's own timeout. */
const CHANGESET_MS_PER_RECORD = 5;

/**
 * The write side of the graph: one method per mutation, each ONE transaction with its revision.
 * Inputs arrive validated by the rule set (src/graph/rules/); references, versions and provenance are
 * checked here, inside the transaction.
 */
export class CurationRepository {
  constructor(private readonly runner: CypherRunner) {}

  createSource(meta: WriteMeta, input: SourceToCreate): Promise<WriteOutcome<EntityRecord>> {
    return runWrite(this.runner, meta, (scope) => createSource(scope, 'input', input.source, input.author));
  }

  createEntity(meta: WriteMeta, entity: SeedEntity): Promise<WriteOutcome<EntityRecord>> {
    return runWrite(this.runner, meta, (scope) => createEntity(scope, 'input', entity));
  }

  updateEntity(meta: WriteMeta, id: string, expectedVersion: number, patch: EntityPatch, sources: readonly string[]): Promise<WriteOutcome<EntityRecord>> {
    return runWrite(this.runner, meta, (scope) => updateEntity(scope, id, expectedVersion, patch, sources));
  }

  assertRelationship(meta: WriteMeta, rel: SeedRelationship): Promise<WriteOutcome<RelationshipRecord>> {
    return runWrite(this.runner, meta, (scope) => assertRelationship(scope, 'input', rel));
  }

  updateRelationship(meta: WriteMeta, id: string, expectedVersion: number, patch: RelationshipPatch, sources: readonly string[]): Promise<WriteOutcome<RelationshipRecord>> {
    return runWrite(this.runner, meta, (scope) => updateRelationship(scope, id, expectedVersion, patch, sources));
  }

  retractRelationship(meta: WriteMeta, id: string, expectedVersion: number): Promise<WriteOutcome<RelationshipRecord>> {
    return runWrite(this.runner, meta, (scope) => retractRelationship(scope, id, expectedVersion));
  }

  retractEntity(meta: WriteMeta, id: string, expectedVersion: number): Promise<WriteOutcome<EntityRecord>> {
    return runWrite(this.runner, meta, (scope) => retractEntity(scope, id, expectedVersion));
  }

  async eraseEntity(meta: WriteMeta, id: string): Promise<WriteOutcome<boolean>> {
    return runWrite(this.runner, meta, async (scope) => {
      await eraseEntity(scope, id);
      return true;
    });
  }

  /** Sources, then entities, then relationships, all in one transaction: all written or none. */
  applyChangeset(
    meta: WriteMeta,
    changeset: { sources: SourceToCreate[]; entities: SeedEntity[]; relationships: SeedRelationship[] },
  ): Promise<WriteOutcome<ChangesetWritten>> {
    const records = changeset.sources.length + changeset.entities.length + changeset.relationships.length;
    return runWrite(
      this.runner,
      meta,
      async (scope) => {
        const written: ChangesetWritten = { sources: [], entities: [], relationships: [] };
        for (const [i, source] of changeset.sources.entries()) written.sources.push(await createSource(scope, `input.sources[${i}]`, source.source, source.author));
        written.entities = await createEntities(scope, 'input.entities', changeset.entities);
        written.relationships = await assertRelationships(scope, 'input.relationships', changeset.relationships);
        return written;
      },
      this.runner.queryTimeoutMs + records * CHANGESET_MS_PER_RECORD,
    );
  }
}
