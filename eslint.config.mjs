// @ts-check
// The linters `npm run lint` runs: typescript-eslint (type-aware) over the TypeScript, and graphql-eslint
// over the SDL that `npm run schema` emits from the type-graphql code.
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist/', 'dist-bench/', 'coverage/', '.neo4j/', 'neo4j/target/', 'bench/results/', 'bench/.data/']),

  {
    name: 'typescript',
    files: ['**/*.ts', '**/*.tsx'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        // Each file is checked against the tsconfig.json nearest to it that includes it: the browser
        // pages against src/explorer/tsconfig.json (DOM, JSX), bench against bench/tsconfig.json, the
        // rest against the root one.
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      // `async` without `await` is how we meet promise-returning contracts (Apollo's plugin hooks and
      // context function, loader callbacks), and it turns a synchronous throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      // Same convention as noUnusedParameters: a leading `_` marks a name kept on purpose.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },

  {
    name: 'javascript',
    files: ['**/*.js', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { sourceType: 'commonjs', globals: { process: 'readonly', globalThis: 'readonly' } },
  },

  {
    name: 'schema',
    files: ['schema/**/*.graphql'],
    languageOptions: {
      parser: graphql.parser,
      parserOptions: { graphQLConfig: { schema: 'schema/schema.graphql' } },
    },
    plugins: { '@graphql-eslint': graphql },
    rules: {
      ...graphql.configs['flat/schema-recommended'].rules,
      ...graphql.configs['flat/schema-relay'].rules,
      // The recommended names (PascalCase types, camelCase fields and arguments, UPPER_CASE enum values,
      // no `get`/`query` prefixes on Query fields), and inputs named `...Input`.
      '@graphql-eslint/naming-convention': [
        'error',
        {
          ...graphql.configs['flat/schema-recommended'].rules['@graphql-eslint/naming-convention'][1],
          InputObjectTypeDefinition: { style: 'PascalCase', suffix: 'Input' },
        },
      ],
      // Our connections page forwards only (`first`/`after` over seek keys); there is no `last`/`before`.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Lists of plain values and of entities are ordinary fields here, not connections; and the API has
      // no Relay `Node` interface (an entity is fetched with `entity(id:)`), so nodes cannot implement it.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false, shouldImplementNode: false }],
      // Only what has an identity needs an `id: ID!`: wrappers and value types have none, and a revision is
      // identified by its `seq`.
      '@graphql-eslint/strict-id-in-types': [
        'error',
        {
          exceptions: {
            suffixes: ['Connection', 'Edge', 'Count', 'Result'],
            types: ['PageInfo', 'GraphStats', 'Change', 'Encounter', 'Fact', 'Participant', 'Path', 'Position', 'RankedEntity', 'SearchHit', 'Mention', 'MentionCandidate', 'Subgraph', 'Revision', 'ChangeEvent'],
          },
        },
      ],
      // `Source.sources` is the Entity interface's field that every kind implements; it cannot be renamed.
      '@graphql-eslint/no-typename-prefix': 'off',
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true },
      ],
    },
  },
);
