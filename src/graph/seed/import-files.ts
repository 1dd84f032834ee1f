import { isInt } from 'neo4j-driver';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { EntityType, LABEL_OF_TYPE, RelationshipType } from '../enums';
import type { SeedEntity, SeedGraph, SeedRelationship } from './seed-format';
import { entityRow, relationshipRow } from './seed-writes';

/**
 * A validated seed graph as the CSV files of Neo4j's offline importer (`neo4j/.../OfflineImport.java`
 * reads the manifest and fixes the dialect: comma, double quote, arrays split on U+001F). Each record
 * carries what the Cypher loader's CREATE stores (`entityRow`/`relationshipRow` with nulls dropped,
 * version 1, one `recordedAt`), so both loaders make the same graph; an empty list is written as an
 * empty field and restored by the launcher. Written as a stream, chunk by
 * chunk: a million entities never become one string.
 */

/** Between the elements of a list value: a control character no seed text may contain (checked). */
const ARRAY_DELIMITER = '\u001f';
/** Rows are gathered into writes of about this many characters. */
const FLUSH_AT = 1 << 16;

type Column = { header: string; value(row: Row): unknown };
type Row = { id: string; props: Record<string, unknown> } & Record<string, unknown>;

const prop = (name: string, type = ''): Column => ({ header: `${name}${type}`, value: (row) => row.props[name] });
const field = (name: string, type = ''): Column => ({ header: `${name}${type}`, value: (row) => row[name] });

const KIND_COLUMNS: Readonly<Record<EntityType, Column[]>> = {
  [EntityType.PERSON]: [],
  [EntityType.PRODUCT]: [],
  [EntityType.TOPIC]: [],
  [EntityType.ORGANIZATION]: [prop('category')],
  [EntityType.COUNTRY]: [prop('isoCode')],
  [EntityType.EVENT]: [prop('category'), prop('datePrecision'), prop('endDatePrecision'), prop('signatories', ':long'), field('startDate', ':date'), field('endDate', ':date')],
  [EntityType.SOURCE]: [prop('title'), prop('url'), prop('publishedOnPrecision'), field('publishedOn', ':date')],
};

const ENTITY_COLUMNS: Column[] = [field('id', ':ID(Entity)'), prop('name'), prop('aliases', ':string[]'), prop('description'), prop('sources', ':string[]'), prop('propertySources', ':string[]')];

/** The columns of each kind's node file, built once: a load writes a million rows. */
const COLUMNS_OF_KIND = new Map<EntityType, Column[]>(Object.values(EntityType).map((type) => [type, [...ENTITY_COLUMNS, ...KIND_COLUMNS[type]]]));

const RELATIONSHIP_TYPES: ReadonlySet<string> = new Set(Object.values(RelationshipType));

const RELATIONSHIP_COLUMNS: Column[] = [
  field('id'),
  field('from', ':START_ID(Entity)'),
  field('to', ':END_ID(Entity)'),
  prop('title'),
  prop('role'),
  prop('sincePrecision'),
  prop('untilPrecision'),
  prop('sources', ':string[]'),
  prop('propertySources', ':string[]'),
  field('since', ':date'),
  field('until', ':date'),
  field('validFrom', ':date'),
  field('validTo', ':date'),
];

export interface ImportFiles {
  /** The manifest to give the launcher (`importFrom`). */
  manifest: string;
  entityIds: string[];
  relationshipIds: string[];
}

/** One CSV file, written through a buffer that waits for the disk when the stream is full. */
class CsvFile {
  private readonly stream: WriteStream;
  private pending: string[] = [];
  private size = 0;

  constructor(readonly file: string, header: string) {
    this.stream = createWriteStream(file, { encoding: 'utf8' });
    this.pending.push(`${header}\n`);
  }

  async add(line: string): Promise<void> {
    this.pending.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_AT) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await new Promise<void>((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }

  private async flush(): Promise<void> {
    const text = this.pending.join('');
    this.pending = [];
    this.size = 0;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }
}

/**
 * Writes `chunks` (validated graphs; a relationship may use an entity of any chunk, as the importer
 * reads every node before any relationship) into `folder` and returns the manifest. `recordedAt` is
 * the load's one system time, an ISO instant; `onWritten` is told the records written after each chunk.
 */
export async function writeImportFiles(
  folder: string,
  chunks: Iterable<SeedGraph>,
  recordedAt: string,
  onWritten?: (records: number) => void,
): Promise<ImportFiles> {
  const files = new Map<string, CsvFile>();
  const result: ImportFiles = { manifest: path.join(folder, 'manifest.tsv'), entityIds: [], relationshipIds: [] };
  let multiline = false;
  const line = (values: unknown[]): string => {
    const text = values.map(csvValue).join(',');
    if (!multiline && /[\r\n]/.test(text)) multiline = true;
    return `${text},1,${recordedAt},${recordedAt}\n`;
  };
  const fileFor = (key: string, header: Column[]): CsvFile => {
    let file = files.get(key);
    if (file === undefined) {
      file = new CsvFile(path.join(folder, `${key}.csv`), [...header.map((c) => c.header), key.startsWith('nodes') ? ':LABEL' : ':TYPE', 'version:long', 'recordedAt:datetime', 'loadedAt:datetime'].join(','));
      files.set(key, file);
    }
    return file;
  };

  try {
    for (const chunk of chunks) {
      if (chunk.externalRefs.length > 0) {
        throw new Error(`an offline import makes a new database, which cannot hold the ${chunk.externalRefs.length} entities the graph refers to without defining (first: "${chunk.externalRefs[0]}")`);
      }
      for (const entity of chunk.entities) {
        const columns = COLUMNS_OF_KIND.get(entity.type);
        if (columns === undefined) throw new Error(`unknown entity type "${String(entity.type)}"`);
        const row = entityRow(entity) as unknown as Row;
        const label = LABEL_OF_TYPE[entity.type];
        await fileFor(`nodes-${label}`, columns).add(line([...columns.map((c) => checked(c.value(row), entity)), ['Entity', label]]));
        result.entityIds.push(entity.id);
      }
      for (const rel of chunk.relationships) {
        if (!RELATIONSHIP_TYPES.has(rel.type)) throw new Error(`unknown relationship type "${String(rel.type)}"`);
        const row = relationshipRow(rel) as unknown as Row;
        await fileFor(`relationships-${rel.type}`, RELATIONSHIP_COLUMNS).add(line([...RELATIONSHIP_COLUMNS.map((c) => checked(c.value(row), rel)), rel.type]));
        result.relationshipIds.push(rel.id);
      }
      onWritten?.(result.entityIds.length + result.relationshipIds.length);
    }
  } finally {
    for (const file of files.values()) await file.close();
  }

  const manifest = [...files.entries()].map(([key, file]) => `${key.startsWith('nodes') ? 'nodes' : 'relationships'}\t${file.file}`);
  // Reading with multi-line fields on is several times slower: only when some value needs it.
  manifest.push(`multiline\t${multiline}`);
  // Every record has these lists, [] when empty, which the CSV reader cannot tell from absent: the
  // launcher puts [] back where a record lacks one (EmptyListsInput.java).
  manifest.push(`lists\tnodes\t${listNames(ENTITY_COLUMNS)}`, `lists\trelationships\t${listNames(RELATIONSHIP_COLUMNS)}`);
  await writeFile(result.manifest, `${manifest.join('\n')}\n`, 'utf8');
  return result;
}

function listNames(columns: Column[]): string {
  return columns.filter((c) => c.header.endsWith(':string[]')).map((c) => c.header.slice(0, -':string[]'.length)).join(',');
}

/** A value that cannot come back as it went in is an error here, not a silently different graph. */
function checked(value: unknown, record: SeedEntity | SeedRelationship): unknown {
  if (Array.isArray(value)) {
    for (const item of value) {
      if (typeof item !== 'string' || item === '' || item.includes(ARRAY_DELIMITER)) {
        throw new Error(`${record.id}: a list value ${JSON.stringify(item)} cannot be written for the offline import (empty, or holding U+001F)`);
      }
    }
  }
  return value;
}

/**
 * One CSV field. Absent (null, undefined) is an empty field, which the importer leaves out; text is
 * always quoted, inner quotes doubled (RFC 4180), so commas, quotes and newlines come back as they were
 * and an empty string stays one. Integers arrive as Neo4j Integers (`entityRow` makes them so).
 */
function csvValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.join(ARRAY_DELIMITER));
  if (typeof value === 'string') return quote(value);
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (isInt(value)) return value.toString();
  throw new Error(`cannot write ${typeof value} to CSV`);
}

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
