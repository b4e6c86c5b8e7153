import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const apiUrl = process.env.API_URL ?? 'http://localhost:3000';
const apiProxy = { target: apiUrl, changeOrigin: true };

// Vendor groups for what every page needs; they change rarely, so they stay cached across deploys.
// Anything else (dropzone, virtualised tables, qrcode, ...) is left to the automatic split and
// lands in the lazy chunk of the route that uses it.
const vendorGroups = [
  {
    name: 'react',
    test: /node_modules[\\/](react|react-dom|scheduler|react-router|cookie|set-cookie-parser)[\\/]/,
  },
  {
    name: 'mantine',
    // Components that only lazy pages use stay in those pages' chunks, not the initial one.
    entriesAware: true,
    test: /node_modules[\\/](@mantine[\\/](core|hooks)|@floating-ui|react-remove-scroll|react-remove-scroll-bar|react-style-singleton|use-callback-ref|use-sidecar|get-nonce|clsx|tslib)[\\/]/,
  },
  {
    name: 'apollo',
    test: /node_modules[\\/](@apollo[\\/]client|graphql|rxjs|@wry|optimism|@graphql-typed-document-node)[\\/]/,
  },
  {
    name: 'i18n',
    test: /node_modules[\\/](i18next|react-i18next|html-parse-stringify|void-elements|use-sync-external-store)[\\/]/,
  },
];

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    // Resolves @klarsicht/shared and @klarsicht/compliance-rules from tsconfig.base.json paths.
    tsconfigPaths: true,
  },
  server: {
    port: 5173,
    strictPort: true,
    proxy: { '/graphql': apiProxy, '/api': apiProxy, '/health': apiProxy },
  },
  preview: {
    port: 4173,
    proxy: { '/graphql': apiProxy, '/api': apiProxy, '/health': apiProxy },
  },
  build: {
    outDir: '../../dist/apps/web',
    emptyOutDir: true,
    // Only warn when a single chunk alone would blow the initial budget.
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: { groups: vendorGroups },
      },
    },
  },
});
