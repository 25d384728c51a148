// Lint rules: the recommended sets, plus the few that guard our boundaries.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-web/**', 'node_modules/**', 'coverage/**', 'test-output/**', '.scratch/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-constant-condition': ['error', { checkLoops: false }],
    },
  },
  {
    // Pure modules: no Node built-ins (see DESIGN.md, "Pure core").
    files: ['src/nlp/**', 'src/actors/**', 'src/coder/**', 'src/codes/**', 'src/analytics/**', 'src/geo/**'],
    ignores: ['src/**/load-*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'pure modules take their inputs as arguments; do I/O in a load-*.ts module' }] }],
      'no-restricted-globals': ['error', { name: 'process', message: 'pure modules read no environment' }],
    },
  },
);
