import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { schemaDir } from './paths';
import { buildGraphSchema } from './schema/build-schema';
import { printGraphSchema } from './schema/print-schema';

/** `npm run schema`: writes schema/schema.graphql from the code. */
const file = path.join(schemaDir(), 'schema.graphql');
writeFileSync(file, printGraphSchema(buildGraphSchema()));
process.stdout.write(`schema: wrote ${path.relative(process.cwd(), file)}\n`);
