import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import vue from '@vitejs/plugin-vue';
import { i18nPrecompile } from './build/i18n-precompile';
import { rubyTransform } from './build/ruby-transform';

// electron-vite's defaults expect src/main, src/preload and src/renderer; our folders are named
// after where the code runs (DESIGN.md), so every entry is set explicitly.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        input: {
          index: resolve('src-main/index.ts'),
          cli: resolve('src-main/cli.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('src-main/preload.ts') },
        // A sandboxed preload cannot load ES modules, and the package is "type": "module",
        // so the one preload file is emitted as CommonJS with an explicit .cjs name.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve('src-renderer'),
    // Easy Japanese's readings: every text interpolation can render <ruby> (build/ruby-transform.ts).
    plugins: [vue({ template: { compilerOptions: { nodeTransforms: [rubyTransform] } } }), i18nPrecompile()],
    resolve: {
      // simple-keyboard's main file carries polyfills for old browsers (33 KB gzip); its modern ES
      // module build is the same keyboard in 11 KB. Exactly the bare name, so its CSS path is untouched.
      alias: [{ find: /^simple-keyboard$/, replacement: 'simple-keyboard/build/index.modern.esm.js' }],
    },
    // Vue features this app never uses, so their code is dropped from the bundle: every component
    // is <script setup> (no Options API), and production builds have no devtools and no hydration.
    define: {
      __VUE_OPTIONS_API__: 'false',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      // vue-i18n in Composition mode with $t/useI18n only: no legacy API, no <i18n-t>/v-t.
      __VUE_I18N_LEGACY_API__: 'false',
      __VUE_I18N_FULL_INSTALL__: 'false',
      __INTLIFY_PROD_DEVTOOLS__: 'false',
    },
    build: {
      // electron-vite leaves the renderer unminified by default; minified, the JS is ~30 % smaller
      // gzipped (test/bench/README.md), which is parse time on every kiosk start.
      minify: true,
      outDir: resolve('out/renderer'),
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
