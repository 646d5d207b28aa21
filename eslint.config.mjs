// Import boundaries between src/ folders (see src/README.md). A small local rule resolves every
// relative import to the src/ folder it lands in and checks it against the allowed table; a
// violation fails `npm run lint`, which `npm test` runs, so CI fails too.
import path from 'node:path';
import tseslint from 'typescript-eslint';

/** folder -> the src/ folders it may import (itself always allowed) */
const ALLOWED = {
  util: [],
  codes: [],
  errors: ['util'],
  types: ['errors', 'util'],
  tds: ['types', 'errors', 'util'],
  tsql: ['types', 'errors', 'util'],
  store: ['types', 'errors', 'util'],
  msdb: ['codes', 'store', 'tsql', 'types', 'errors', 'util'],
  engine: ['tsql', 'store', 'types', 'errors', 'util'],
  procedures: ['engine', 'msdb', 'codes', 'tsql', 'types', 'errors', 'util'],
  server: ['tds', 'engine', 'procedures', 'msdb', 'codes', 'store', 'tsql', 'types', 'errors', 'util'],
  agent: ['codes', 'types', 'errors', 'util'],
};

const srcRoot = path.resolve('src');

function srcFolderOf(file) {
  const rel = path.relative(srcRoot, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const parts = rel.split(path.sep);
  // '../tsql' resolves to the folder itself (index.ts); a lone file at the root is main.ts
  const head = parts[0] ?? '';
  return parts.length > 1 || head in ALLOWED ? head : 'main';
}

const layersRule = {
  meta: { type: 'problem', schema: [], messages: { forbidden: 'src/{{from}} must not import src/{{to}} (layers: see src/README.md)' } },
  create(context) {
    const from = srcFolderOf(context.filename);
    if (!from || from === 'main') return {};
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = srcFolderOf(path.resolve(path.dirname(context.filename), source));
      if (!to || to === from) return;
      const allowed = ALLOWED[from] ?? [];
      if (to === 'main' || !allowed.includes(to)) context.report({ node, messageId: 'forbidden', data: { from, to } });
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') check(node, node.arguments[0].value);
      },
    };
  },
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { msxd: { rules: { layers: layersRule } } },
    rules: {
      'msxd/layers': 'error',
      'no-restricted-syntax': ['error', { selector: 'TSEnumDeclaration', message: 'Use `as const` tables instead of TS enums.' }],
    },
  },
);
