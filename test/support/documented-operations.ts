import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const ROOT = path.resolve(__dirname, '..', '..');

/** Every question (query) in a ```graphql block of the README: what a newcomer copies first. Mutations are left out. */
export function readmeOperations(): string[] {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  return [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]).filter((text) => !/^\s*mutation\b/.test(text));
}

/**
 * The question each read scenario of the benchmark puts to the API (`api: (i) => ({ query: ... })` in
 * bench/scenarios/; the write scenarios' mutations are left out), read as text so the test suite runs no benchmark code. `${CONST}` holes are
 * filled from the file's number and string constants.
 */
export function benchOperations(): Array<{ scenario: string; query: string }> {
  const folder = path.join(ROOT, 'bench', 'scenarios');
  const found: Array<{ scenario: string; query: string }> = [];
  for (const name of readdirSync(folder).filter((file) => file.endsWith('.ts')).sort()) {
    const file = ts.createSourceFile(name, readFileSync(path.join(folder, name), 'utf8'), ts.ScriptTarget.ES2022, true);
    const constants = new Map<string, string>();
    const visit = (node: ts.Node, inApi: boolean): void => {
      if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer !== undefined) {
        const init = node.initializer;
        if (ts.isNumericLiteral(init) || ts.isStringLiteral(init)) constants.set(node.name.text, init.text);
      }
      if (ts.isPropertyAssignment(node) && ts.isIdentifier(node.name)) {
        if (node.name.text === 'api') return visit(node.initializer, true);
        if (inApi && node.name.text === 'query') {
          found.push({ scenario: path.basename(name, '.ts'), query: templateText(node.initializer, constants) });
          return;
        }
      }
      ts.forEachChild(node, (child) => visit(child, inApi));
    };
    visit(file, false);
  }
  // The write scenarios' mutations need a token and change the graph: the questions are the reads.
  return found.filter(({ query }) => !/^\s*mutation\b/.test(query));
}

function templateText(node: ts.Node, constants: Map<string, string>): string {
  if (ts.isNoSubstitutionTemplateLiteral(node) || ts.isStringLiteral(node)) return node.text;
  if (!ts.isTemplateExpression(node)) throw new Error(`not a template: ${node.getText()}`);
  let text = node.head.text;
  for (const span of node.templateSpans) {
    const value = ts.isIdentifier(span.expression) ? constants.get(span.expression.text) : undefined;
    if (value === undefined) throw new Error(`cannot fill \${${span.expression.getText()}}`);
    text += value + span.literal.text;
  }
  return text;
}
