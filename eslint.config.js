// Flat ESLint config: TypeScript + Vue, plus the import-direction rules of docs/architecture.md.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'public/**', 'geodata/**', 'bench-results/**', 'tests/browser/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.{ts,vue,js,mjs}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'], sourceType: 'module' },
    },
    rules: {
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/no-v-html': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The domain is pure: no framework, no map engine, no DOM-bound libraries.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['vue', 'pinia', 'maplibre-gl'], patterns: ['@/stores/*', '@/map/*', '@/components/*', '@/views/*'] }],
    },
  },
  {
    // Only src/map talks to MapLibre.
    files: ['src/components/**/*.{ts,vue}', 'src/stores/**/*.ts', 'src/views/**/*.{ts,vue}', 'src/data/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: ['maplibre-gl'] }] },
  },
)
