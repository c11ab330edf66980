import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// G6 (the relationship map) and the packages only it uses stay out of the groups below: they are
// loaded by the map's import(), never at start.
const G6_ONLY = /node_modules[\\/](@antv|d3-[\w-]+|dagre|graphlib|gl-matrix|ml-[\w-]+|bubblesets-js|html2canvas|css-line-break|text-segmentation|utrie|base64-arraybuffer|comlink|fecha|svg-path-parser|internmap|color-string|color-name|simple-swizzle|is-arrayish|is-any-array|rw)[\\/]/;

// The UI is built into dist/web, which the server serves (src/server/web.ts). In development run
// `npm run dev` (API on :3000) beside `npx vite`; /api is proxied so cookies stay same-origin.
export default defineConfig({
  root: '.',
  plugins: [react()],
  build: {
    outDir: 'dist/web',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 30 },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design|@rc-component|rc-[\w-]+|@emotion|dayjs)[\\/]/, priority: 20 },
            { name: 'vendor', test: (id: string) => /node_modules[\\/]/.test(id) && !G6_ONLY.test(id), priority: 10 },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: {
      // Host is kept (no changeOrigin) so the server's same-origin check sees the browser's origin.
      '/api': { target: 'http://localhost:3000' },
    },
  },
});
