// Lint as Microsoft's Office add-in template does (typescript-eslint, React hooks, the office-addins
// load/sync rules), plus the house limits on file and function size. Formatting is Prettier's job.
import js from '@eslint/js';
import officeAddins from 'eslint-plugin-office-addins';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const officeRules = Object.fromEntries(
  Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, 'error']),
);

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'coverage/', 'test-artifacts/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'office-addins': officeAddins, 'react-hooks': reactHooks },
    rules: {
      ...officeRules,
      // Office.initialize is how the pane learns it runs outside Office; Office.onReady is used too.
      'office-addins/no-office-initialize': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'max-lines': ['error', { max: 300, skipBlankLines: true, skipComments: true }],
      'max-lines-per-function': ['error', { max: 80, skipBlankLines: true, skipComments: true }],
      'no-console': 'error',
    },
  },
  {
    // CommonJS build and tooling scripts.
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts, the CLI and the bench talk to the terminal.
    files: ['scripts/**', 'bench/**', 'src/cli/**', 'webpack.config.js'],
    rules: { 'no-console': 'off', 'max-lines-per-function': 'off' },
  },
  {
    // Tests read fakes and ExcelJS objects that the office-addins rules mistake for proxies, and
    // the browser tests print one line when they skip or when axe reports a minor issue.
    files: ['test/**'],
    rules: {
      ...Object.fromEntries(Object.keys(officeRules).map((rule) => [rule, 'off'])),
      'no-console': ['error', { allow: ['warn', 'info'] }],
    },
  },
  {
    // Tests are tables of cases and fakes mirroring Excel's object model: long by nature.
    files: ['test/**'],
    rules: { 'max-lines': 'off', 'max-lines-per-function': 'off' },
  },
);
