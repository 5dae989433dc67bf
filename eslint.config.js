import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'bench/out/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Code that runs in the content script: in Firefox, objects of the page's
    // world reach it through Xray wrappers, and the iterator that their
    // entries()/keys()/values() return cannot be consumed there (spreading
    // URL.searchParams.entries() threw "is not iterable", Array.from of it gave
    // []). Use forEach, or iterate the collection itself.
    files: [
      'lib/page/**/*.ts',
      'lib/settings/**/*.ts',
      'lib/messages.ts',
      'entrypoints/content/**/*.ts',
    ],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          'SpreadElement > CallExpression.argument',
          "CallExpression[callee.object.name='Array'][callee.property.name='from'] > CallExpression.arguments",
          'ForOfStatement > CallExpression.right',
        ].map((consumer) => ({
          selector: `${consumer}[callee.property.name=/^(entries|keys|values)$/]`,
          message:
            "An iterator from entries()/keys()/values() can fail across Firefox's Xray wrappers in a content script: use forEach, or iterate the collection itself.",
        })),
      ],
    },
  },
  {
    // The pure library must not reach for the DOM or browser APIs.
    files: ['lib/sourcing/**/*.ts'],
    languageOptions: { globals: {} },
  },
);
