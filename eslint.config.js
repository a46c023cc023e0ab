import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/**
 * Where code runs decides what it may import (eslint-plugin-boundaries):
 * - `utils/` outside `utils/adapters/` is pure logic: no extension APIs, no
 *   Dexie, no Preact, no adapters; it is unit-tested without a browser.
 * - `utils/adapters/` wraps the browser: storage (Dexie), messaging,
 *   settings, network, workers.
 * - The database is written by the background only; the popup, options and
 *   other pages read it through one read-only module.
 * - Content scripts never touch the database (it lives in the extension's
 *   origin), and components never import an entrypoint.
 */
const ENTRYPOINT_TYPES = ['content', 'page', 'background'];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.demo/', '.scratch/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-empty-pattern': 'off',
      // Dataset text is shown as text, never as HTML (and Preact's innerHTML
      // path, which web-ext lint points at, then never runs).
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Show text as text: no dangerouslySetInnerHTML.' },
        { selector: "AssignmentExpression[left.property.name=/^(innerHTML|outerHTML)$/]", message: 'Build DOM nodes; never assign HTML.' },
      ],
    },
  },
  {
    files: ['entrypoints/**', 'components/**', 'utils/**'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { typescript: { alwaysTryTypes: true } },
      'boundaries/elements': [
        { type: 'storage-reader', pattern: 'utils/adapters/storage-reads' },
        { type: 'storage', pattern: 'utils/adapters/storage' },
        { type: 'adapter', pattern: 'utils/adapters/*' },
        { type: 'pure', pattern: 'utils/*' },
        { type: 'component', pattern: 'components/*' },
        // Content scripts: the bootstrap and what it loads where a candidate appears.
        { type: 'content', pattern: 'entrypoints/content*' },
        { type: 'background', pattern: 'entrypoints/background' },
        { type: 'background', pattern: 'entrypoints/offscreen' },
        { type: 'page', pattern: 'entrypoints/*' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'allow',
          checkAllOrigins: true,
          policies: [
            {
              from: { element: { type: 'pure' } },
              disallow: { to: { element: { types: { anyOf: ['storage-reader', 'storage', 'adapter', 'component', ...ENTRYPOINT_TYPES] } } } },
              message: 'utils/ is pure logic: move browser code to utils/adapters/, or pass it in.',
            },
            {
              from: { element: { type: 'pure' } },
              disallow: { to: { module: { origin: 'external', source: ['wxt', 'dexie', 'preact', '@preact/*'] } } },
              message: 'utils/ is pure logic: no extension APIs, Dexie or Preact here.',
            },
            {
              from: { element: { types: { anyOf: ['component', 'page', 'content'] } } },
              disallow: { to: { element: { type: 'storage' } } },
              message: 'Only the background writes the database; pages read it through utils/adapters/storage-reads/.',
            },
            {
              from: { element: { types: { anyOf: ['component', 'page', 'content'] } } },
              disallow: { to: { module: { origin: 'external', source: 'dexie' } } },
              message: 'Only the database adapters import Dexie.',
            },
            {
              from: { element: { type: 'content' } },
              disallow: { to: { element: { type: 'storage-reader' } } },
              message: 'A content script’s IndexedDB is the web page’s: ask the background.',
            },
            {
              from: { element: { types: { anyOf: ['component', 'adapter', 'storage', 'storage-reader'] } } },
              disallow: { to: { element: { types: { anyOf: ENTRYPOINT_TYPES } } } },
              message: 'Shared code never imports an entrypoint.',
            },
          ],
        },
      ],
    },
  },
);
