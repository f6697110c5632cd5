import { fileURLToPath } from 'node:url';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const out = fileURLToPath(new URL('../../dist/web/', import.meta.url));

/**
 * Two builds: the browser bundle (`dist/web/client`, hashed assets served immutable by the gateway) and,
 * with `--ssr`, one self-contained module (`dist/web/server/entry-server.js`) that the gateway loads to
 * render the share pages' first HTML with the same components the browser then hydrates.
 */
export default defineConfig(({ isSsrBuild }) => ({
  root,
  plugins: [preact({ prerender: { enabled: false } })],
  publicDir: 'public',
  build: isSsrBuild
    ? { outDir: `${out}server`, emptyOutDir: true, rollupOptions: { output: { format: 'es' } } }
    : { outDir: `${out}client`, emptyOutDir: true, manifest: true, assetsInlineLimit: 0, cssCodeSplit: true },
  ssr: { noExternal: true },
  server: { proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000' } },
}));
