import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, validate, type DocumentNode, type GraphQLSchema } from 'graphql';
import ts from 'typescript';

export interface SuiteQuery {
  /** `questions.test.ts:42` */
  readonly where: string;
  readonly source: string;
  readonly document: DocumentNode;
}

const INTEGRATION_DIR = path.resolve(__dirname, '..', 'integration');

/**
 * Every GraphQL operation written in the integration tests: string and template literals that parse
 * as a document and validate against `schema`. A `${NAME}` hole is filled when NAME is a string
 * constant of the same file (a shared selection); templates with other holes are skipped. Files in
 * `exclude` (by base name) are skipped: the limits and hostile-input tests hold operations that are
 * over the limits on purpose.
 */
export function suiteQueries(schema: GraphQLSchema, exclude: readonly string[]): SuiteQuery[] {
  const found: SuiteQuery[] = [];
  const files = readdirSync(INTEGRATION_DIR).filter((name) => name.endsWith('.test.ts') && !exclude.includes(name));
  for (const name of files.sort()) {
    const text = readFileSync(path.join(INTEGRATION_DIR, name), 'utf8');
    const file = ts.createSourceFile(name, text, ts.ScriptTarget.ES2022, true);
    const constants = stringConstants(file);
    const visit = (node: ts.Node): void => {
      const source = literalText(node, constants);
      const document = source === undefined ? undefined : asOperation(schema, source);
      if (source !== undefined && document !== undefined) {
        const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ where: `${name}:${line}`, source, document });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** `const NAME = '...'` declarations of the file. */
function stringConstants(file: ts.SourceFile): Map<string, string> {
  const constants = new Map<string, string>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
      const init = node.initializer;
      if (ts.isStringLiteral(init) || ts.isNoSubstitutionTemplateLiteral(init)) constants.set(node.name.text, init.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return constants;
}

function literalText(node: ts.Node, constants: Map<string, string>): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) return undefined;
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const value = ts.isIdentifier(span.expression) ? constants.get(span.expression.text) : undefined;
    if (value === undefined) return undefined;
    text += value + span.literal.text;
  }
  return text;
}

function asOperation(schema: GraphQLSchema, text: string): DocumentNode | undefined {
  if (!/[{]/.test(text)) return undefined;
  try {
    const document = parse(text);
    return validate(schema, document).length === 0 ? document : undefined;
  } catch {
    return undefined;
  }
}
