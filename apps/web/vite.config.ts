import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The API the dev server forwards /api to; point it at another port with CROSSGOV_API_URL. */
const apiTarget = process.env.CROSSGOV_API_URL ?? 'http://localhost:3000';

/** Big libraries in their own chunks, so an app update does not make browsers download them again. */
function vendorChunk(id: string): string | undefined {
  if (!id.includes('node_modules')) return undefined;
  if (
    /[\\/](react-aria-components|@react-aria|react-aria|@react-stately|react-stately|@internationalized|@swc)[\\/]/.test(
      id,
    )
  )
    return 'react-aria';
  if (/[\\/](react|react-dom|scheduler|react-router)[\\/]/.test(id)) return 'react';
  if (/[\\/](i18next|react-i18next|@tanstack|openapi-fetch)[\\/]/.test(id)) return 'libraries';
  return undefined;
}

export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': { target: apiTarget, changeOrigin: false } } },
  build: {
    outDir: 'dist',
    sourcemap: true,
    rollupOptions: { output: { manualChunks: vendorChunk } },
  },
});
