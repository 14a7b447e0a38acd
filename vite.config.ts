import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { previewPort } from './src/app/previewPort.ts';

// Colours from src/ui/tokens.css (light theme): --accent and --bg.
const THEME_COLOR = '#1f6f5c';
const BACKGROUND_COLOR = '#f4f5f7';

export default defineConfig({
  plugins: [
    react(),
    VitePWA({
      // 'prompt': a new version never reloads the page under someone typing; the app shows a
      // "New version ready" toast with a Reload button instead (src/app/serviceWorker.ts).
      registerType: 'prompt',
      // Registered from src/app/serviceWorker.ts after the board paints, not by an injected script.
      injectRegister: null,
      includeAssets: ['favicon.svg', 'apple-touch-icon.png'],
      manifest: {
        name: 'Cairn',
        short_name: 'Cairn',
        description: 'Cairn: a local-first workflow board for product managers',
        lang: 'en',
        theme_color: THEME_COLOR,
        background_color: BACKGROUND_COLOR,
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' },
          { src: '/pwa-512x512.png', sizes: '512x512', type: 'image/png' },
          { src: '/maskable-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // Everything the app needs offline, lazily loaded chunks and export fonts included.
        globPatterns: ['**/*.{js,css,html,svg,png,ico,webmanifest,woff,woff2,ttf,otf}'],
        // Export fonts (CJK) can pass Workbox's 2 MB default; above it Workbox silently leaves it out.
        maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
        navigateFallback: '/index.html',
        // The first install takes the open page at once, so it works offline without a reload.
        // Updates still wait for the person's Reload (no skipWaiting).
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
      // `vite dev` runs without a service worker: a cached build would hide the code being edited.
      devOptions: { enabled: false },
    }),
  ],
  // Dexie's package entry wraps its ES5 UMD build (to guard against two copies in one app); its
  // own ES2018 module build is ~1.6 kB gzip smaller at start-up. Every import of 'dexie' in the
  // bundle (dexie-react-hooks' too) takes the alias, so there is still one copy. Not under Vitest:
  // there node_modules load unbundled, and dexie-react-hooks would get a second Dexie.
  resolve: process.env.VITEST ? {} : { alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }] },
  // `npm start`: PORT from the environment (4321 by default); a port in use is an error, not a silent other port.
  preview: { port: previewPort(process.env), strictPort: true, host: '127.0.0.1' },
  build: {
    target: 'es2022',
    // Every browser that runs ES2022 but lacks <link rel=modulepreload> (Safari before 17) still loads
    // each module through its import, only without the head start: the polyfill's ~0.3 kB gzip at
    // start-up buys nothing elsewhere.
    modulePreload: { polyfill: false },
    sourcemap: false,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // The small modules both the board and the lazy views use would each become a chunk of
          // their own; every extra file at start-up costs a request and gzip's per-file overhead.
          // state/guardedEntry, the lazy views' own stores (roadmap, prioritise, iterations UI), team sync's presence and the theme choice are not
          // among them: nothing on the board uses them, so they load with their views.
          groups: [
            // Loaded after the board paints (features/board/useCardVirtualizer.ts); named so e2e/board-startup.spec.ts can hold it back.
            { name: 'virtualiser', test: /node_modules[\\/]@tanstack[\\/]virtual-core[\\/]/ },
            {
              name: 'shared',
              test: /node_modules[\\/](zod|react|react-dom|scheduler)[\\/]|src[\\/](domain[\\/](types|dates|rowBase|lifecycle|errors|scoring[\\/]types)|state[\\/](?!guardedEntry|roadmapUi|prioritiseUi|iterationsUi|presence|theme)|ui[\\/](describeError|useT)\.)/,
            },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx'],
    environment: 'node',
    // A hang guard, not a speed check: on a busy 2-core machine writing 1,000 rows to fake-indexeddb takes seconds.
    testTimeout: 30_000,
  },
});
