// Flat ESLint config: TypeScript + Vue, plus the import-direction rules of docs/architecture.md.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import pluginVue from 'eslint-plugin-vue'
import globals from 'globals'

const MAPLIBRE = { name: 'maplibre-gl', message: 'Only src/map imports maplibre-gl (docs/architecture.md).' }
const FRAMEWORK_PATHS = [
  { name: 'vue', message: 'src/domain is pure: no Vue (docs/architecture.md).' },
  { name: 'pinia', message: 'src/domain is pure: no Pinia (docs/architecture.md).' },
  MAPLIBRE,
]
// The control stylesheet is CSS, not the engine: main.ts loads it first so controls are styled on first paint.
const MAPLIBRE_SUBPATHS = { regex: '^maplibre-gl/(?!dist/maplibre-gl\\.css$)', message: MAPLIBRE.message }
// Rooms the domain must not import, by alias ('@/stores/x') or by relative path ('../../stores/x').
const DOMAIN_FORBIDDEN_ROOMS = ['stores', 'map', 'components', 'views', 'data', 'composables', 'config', 'i18n', 'pwa']
// Libraries that need a browser page or a map engine.
const DOM_LIBRARY_PATTERNS = [{ group: ['maplibre-gl/*', '@vue/*', 'vue/*', 'pmtiles'], message: 'src/domain is pure: no DOM or framework libraries.' }]

/** no-restricted-imports patterns that catch a room by its alias and by any relative path into it. */
function roomPatterns(rooms) {
  return rooms.map((room) => ({
    group: [`@/${room}`, `@/${room}/**`, `**/${room}`, `**/${room}/**`],
    message: `This room may not import from src/${room} (docs/architecture.md, direction of imports).`,
  }))
}

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
  // Import direction (docs/architecture.md, "Rooms and the direction of imports"). ESLint's flat config
  // lets the last matching block's rule options win, so each block below lists everything its files may not
  // import (tests/unit/import-rules.test.ts lints forbidden imports to prove the blocks hold).
  {
    // The domain is pure: no other room of the app, no framework, no map engine, no DOM-bound libraries.
    files: ['src/domain/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: FRAMEWORK_PATHS, patterns: [...roomPatterns(DOMAIN_FORBIDDEN_ROOMS), ...DOM_LIBRARY_PATTERNS] }] },
  },
  {
    // Code below the screens (data, stores, composables) never reaches up into the UI folders, and only
    // src/map talks to MapLibre.
    files: ['src/data/**/*.ts', 'src/stores/**/*.ts', 'src/composables/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [MAPLIBRE], patterns: [MAPLIBRE_SUBPATHS, ...roomPatterns(['components', 'views'])] }] },
  },
  {
    // Only src/map talks to MapLibre: every other file of the app, the entry point included.
    files: ['src/main.ts', 'src/App.vue', 'src/components/**/*.{ts,vue}', 'src/views/**/*.{ts,vue}', 'src/i18n/**/*.ts', 'src/config/**/*.ts', 'src/pwa/**/*.{ts,vue}'],
    rules: { 'no-restricted-imports': ['error', { paths: [MAPLIBRE], patterns: [MAPLIBRE_SUBPATHS] }] },
  },
)
