// Lint: typescript-eslint, Lit and web-component rules, and a ban on every way of turning strings
// into markup or code in src/ (data is untrusted; Lit's bindings escape). Formatting is prettier's.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noMarkupFromStrings = {
  'no-restricted-imports': [
    'error',
    {
      patterns: [
        {
          group: ['lit/directives/unsafe-*', 'lit-html/directives/unsafe-*'],
          message: 'Data is untrusted: no unsafeHTML/unsafeSVG. Use Lit bindings.',
        },
      ],
    },
  ],
  'no-restricted-syntax': [
    'error',
    {
      selector: 'AssignmentExpression[left.property.name=/^(innerHTML|outerHTML|srcdoc)$/]',
      message: 'Data is untrusted: no markup from strings. Render with Lit.',
    },
    {
      selector:
        'CallExpression[callee.property.name=/^(insertAdjacentHTML|setHTMLUnsafe|write|writeln|createContextualFragment)$/]',
      message: 'Data is untrusted: no markup from strings. Render with Lit.',
    },
    {
      selector: "CallExpression[callee.name='unsafeHTML'], CallExpression[callee.name='unsafeSVG']",
      message: 'No unsafeHTML/unsafeSVG.',
    },
  ],
  'no-eval': 'error',
  'no-implied-eval': 'error',
  'no-new-func': 'error',
};

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'src/i18n/generated/', 'src/map/geometry.ts', 'bench/results/', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      ...noMarkupFromStrings,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Classes register in define.ts files, guarded, never in the class module.
      'wc/no-self-class': 'error',
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.mocha } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // chai's `expect(x).to.exist` is an expression by design.
      '@typescript-eslint/no-unused-expressions': 'off',
      'preserve-caught-error': 'off',
      'no-control-regex': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', 'scripts/**', 'bench/**/*.mjs'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
