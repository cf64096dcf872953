// Lint, including the layer rule of DESIGN.md: renderer → shared ← main. The renderer never
// imports main-process code; shared code imports neither side, nor Node built-ins, nor Electron;
// only index.ts, preload.ts and src-main/electron/ may import 'electron'.
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const mainAreas = ['citizen', 'library', 'staff', 'identity'];
const rendererAreas = ['city', 'library', 'staff', 'identity', 'home'];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'bench-results/**', 'test-results/**', 'playwright-report/**', '**/*.d.ts'] },
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'src-shared runs anywhere: no Node or Electron imports.' })),
          patterns: [
            { group: ['**/src-main/**', '**/src-renderer/**'], message: 'src-shared imports neither main nor renderer code.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,vue}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer talks to main only through bridge.ts.' })),
          patterns: [{ group: ['**/src-main/**'], message: 'The renderer never imports main-process code; use the bridge.' }],
        },
      ],
    },
  },
  {
    files: ['src-main/**/*.ts'],
    ignores: ['src-main/index.ts', 'src-main/preload.ts', 'src-main/electron/**'],
    rules: { 'no-restricted-imports': ['error', mainRestrictions()] },
  },
  // Areas meet only through their public entry files (index.ts), like the layers above: a file of
  // one area may import another area's folder, never a file inside it.
  ...mainAreas.map((area) => ({
    files: [`src-main/${area}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', mainRestrictions(area)] },
  })),
  ...rendererAreas.map((area) => ({
    files: [`src-renderer/screens/${area}/**/*.{ts,vue}`],
    rules: { 'no-restricted-imports': ['error', rendererRestrictions(area)] },
  })),
);

function areaPatterns(areas, own) {
  return areas
    .filter((other) => other !== own)
    .map((other) => ({
      group: [`../${other}/*`, `../../${other}/*`, `**/src-main/${other}/*`, `**/screens/${other}/*`],
      message: `Import the ${other} area only through its entry file ('../${other}').`,
    }));
}

function mainRestrictions(area) {
  return {
    paths: [{ name: 'electron', message: 'Only index.ts, preload.ts and src-main/electron/ may import electron (DESIGN.md).' }],
    patterns: [{ group: ['**/src-renderer/**'], message: 'Main never imports renderer code.' }, ...(area ? areaPatterns(mainAreas, area) : [])],
  };
}

function rendererRestrictions(area) {
  return {
    paths: [...nodeBuiltins, 'electron'].map((name) => ({ name, message: 'The renderer talks to main only through bridge.ts.' })),
    patterns: [{ group: ['**/src-main/**'], message: 'The renderer never imports main-process code; use the bridge.' }, ...areaPatterns(rendererAreas, area)],
  };
}
