// Import boundaries between src/ folders (see src/README.md). Each folder lists what it must NOT
// import; a violation fails `npm run lint`, which `npm test` runs, so CI fails too.
import tseslint from 'typescript-eslint';

const folders = {
  util: ['errors', 'types', 'tds', 'tsql', 'engine', 'store', 'msdb', 'procedures', 'server', 'agent'],
  errors: ['types', 'tds', 'tsql', 'engine', 'store', 'msdb', 'procedures', 'server', 'agent'],
  types: ['tds', 'tsql', 'engine', 'store', 'msdb', 'procedures', 'server', 'agent'],
  tds: ['tsql', 'engine', 'store', 'msdb', 'procedures', 'server', 'agent'],
  tsql: ['tds', 'engine', 'store', 'msdb', 'procedures', 'server', 'agent'],
  store: ['tds', 'tsql', 'engine', 'msdb', 'procedures', 'server', 'agent'],
  msdb: ['tds', 'engine', 'procedures', 'server', 'agent'],
  engine: ['tds', 'msdb', 'procedures', 'server', 'agent'],
  procedures: ['tds', 'server', 'agent', 'store'],
  server: ['agent'],
  agent: ['tds', 'tsql', 'engine', 'store', 'msdb', 'procedures', 'server'],
};

const boundaryConfigs = Object.entries(folders).map(([folder, forbidden]) => ({
  files: [`src/${folder}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}`, `**/${f}/**`, `../${f}`, `../../${f}`, `../${f}/**`, `../../${f}/**`, `../../../${f}/**`],
          message: `src/${folder} must not import src/${f} (see src/README.md, layers).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "TSEnumDeclaration", message: 'Use `as const` tables instead of TS enums.' },
      ],
    },
  },
  ...boundaryConfigs,
);
