// Public static assets mounted at /assets: the client scripts and the styles, from the folder
// `client/` beside this module. Built (dist/service/client/, by scripts/build-node.mjs) it holds the
// minified scripts, served as they are; in the sources it holds their TypeScript, which is bundled
// by esbuild (a dev tool) on first request with the same options as the build.
import { createHash } from 'node:crypto';
import { access, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';

interface Asset {
  body: string;
  etag: string;
}

const clientDir = fileURLToPath(new URL('./client/', import.meta.url));

function asset(body: string): Asset {
  return { body, etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"` };
}

async function script(name: string, entry: string): Promise<Asset> {
  const prebuilt = `${clientDir}${name}`;
  if (
    await access(prebuilt).then(
      () => true,
      () => false,
    )
  )
    return asset(await readFile(prebuilt, 'utf8'));
  return buildScript(entry);
}

async function buildScript(entry: string): Promise<Asset> {
  const esbuild = await import('esbuild');
  try {
    const result = await esbuild.build({
      entryPoints: [`${clientDir}${entry}`],
      bundle: true,
      format: 'iife',
      platform: 'browser',
      target: 'es2020',
      minify: true,
      legalComments: 'none',
      write: false,
      logLevel: 'silent',
    });
    return asset(result.outputFiles[0].text);
  } finally {
    await esbuild.stop(); // the esbuild child process is not needed after the one build
  }
}

async function readStyles(file: string): Promise<Asset> {
  return asset(await readFile(`${clientDir}${file}`, 'utf8'));
}

/** Builds once, on first use; a failed build is retried on the next request. */
function lazy(make: () => Promise<Asset>): () => Promise<Asset> {
  let pending: Promise<Asset> | null = null;
  return () => {
    pending ??= make().catch((err: unknown) => {
      pending = null;
      throw err;
    });
    return pending;
  };
}

function serve(c: Context, a: Asset, type: string): Response {
  const headers = { 'content-type': type, etag: a.etag, 'cache-control': 'no-cache' };
  if (c.req.header('if-none-match') === a.etag) return c.body(null, 304, headers);
  return c.body(a.body, 200, headers);
}

const dashboardScript = lazy(() => script('dashboard.js', 'main.ts'));
const styles = lazy(() => readStyles('dashboard.css'));
const adminScript = lazy(() => script('admin.js', 'admin/main.ts'));
const adminStyles = lazy(() => readStyles('admin.css'));
const reviewScript = lazy(() => script('review.js', 'practices/review.ts'));
const catalogueScript = lazy(() => script('catalogue.js', 'practices/catalogue.ts'));
const practiceStyles = lazy(() => readStyles('practices.css'));

export const assetRoutes = new Hono()
  .get('/dashboard.js', async (c) => serve(c, await dashboardScript(), 'text/javascript; charset=utf-8'))
  .get('/dashboard.css', async (c) => serve(c, await styles(), 'text/css; charset=utf-8'))
  .get('/admin.js', async (c) => serve(c, await adminScript(), 'text/javascript; charset=utf-8'))
  .get('/admin.css', async (c) => serve(c, await adminStyles(), 'text/css; charset=utf-8'))
  .get('/review.js', async (c) => serve(c, await reviewScript(), 'text/javascript; charset=utf-8'))
  .get('/catalogue.js', async (c) => serve(c, await catalogueScript(), 'text/javascript; charset=utf-8'))
  .get('/practices.css', async (c) => serve(c, await practiceStyles(), 'text/css; charset=utf-8'));
