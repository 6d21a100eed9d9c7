// Production build, `vite preview` for the app, and a small CORS static server for the datasets.
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, preview, type PreviewServer } from 'vite';

/** Builds the app as it ships (React's production build needs NODE_ENV=production). */
export async function buildApp(outDir: string): Promise<void> {
  const previous = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = previous;
  }
}

/** Serves the built app on a free loopback port; returns its base URL and the server. */
export async function serveApp(outDir: string): Promise<{ url: string; server: PreviewServer }> {
  const server = await preview({
    logLevel: 'error',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const address = server.httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${address.port}/`, server };
}

/** Serves the given files by base name, with CORS, on a free loopback port. */
export async function serveFiles(
  paths: readonly string[],
): Promise<{ url: string; server: Server }> {
  const byName = new Map(paths.map((p) => [basename(p), p]));
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').split('?')[0]!.slice(1));
    const path = byName.get(name);
    res.setHeader('Access-Control-Allow-Origin', '*');
    if (!path) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': statSync(path).size,
      'Cache-Control': 'no-store',
    });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, server };
}

/** One file of the initial bundle with its gzip size. */
export interface BundleFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JS and CSS that `index.html` loads up front (scripts, stylesheets, module preloads), with
 * gzip sizes; lazily imported chunks are not counted.
 */
export function initialBundle(outDir: string): BundleFile[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const refs = new Set<string>();
  for (const match of html.matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="([^"]+)"[^>]*>/g)) {
    const tag = match[0];
    const ref = match[1]!;
    const isScript = tag.startsWith('<script');
    const isStyle = /rel="stylesheet"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    if ((isScript || isStyle || isPreload) && !/^(https?:)?\/\//.test(ref))
      refs.add(ref.replace(/^\.?\//, ''));
  }
  return [...refs].map((file) => {
    const content = readFileSync(join(outDir, file));
    return { file, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
  });
}
