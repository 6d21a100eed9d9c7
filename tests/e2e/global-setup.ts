import { rmSync } from 'node:fs';
import { build, preview } from 'vite';
import type { TestProject } from 'vitest/node';

// One folder per run, so two runs at once (two terminals, two engineers) never share a build.
const OUT_DIR = `node_modules/.cache/e2e-dist-${process.pid}`;

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the app as for production and serves it on a free port for the browser tests. */
export default async function setup(project: TestProject) {
  // Vitest sets NODE_ENV=test, which would give React's development build.
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'error', build: { outDir: OUT_DIR, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
  const server = await preview({
    logLevel: 'error',
    build: { outDir: OUT_DIR },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('preview server has no port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  return async () => {
    await server.close();
    rmSync(OUT_DIR, { recursive: true, force: true });
  };
}
