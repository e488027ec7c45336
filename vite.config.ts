import { defineConfig } from 'vite';

// The explorer is a static page: index.html + src/explorer. `public/graph.json` is written by
// `npm start` (the CLI build of data/articles) before the dev server starts.
export default defineConfig({
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: { target: 'es2022', chunkSizeWarningLimit: 2000 },
});
