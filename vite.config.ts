/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicy, scenarioSchema } from './scripts/vite-plugins.ts';

// base './' lets dist/ be served from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [react(), tailwindcss(), contentSecurityPolicy(), scenarioSchema()],
  server: { port: 5173, strictPort: false },
  build: { target: 'es2022', sourcemap: false },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
  },
});
