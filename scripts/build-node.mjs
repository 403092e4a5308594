// Build of the Node programs into dist/ (run by `npm ci` through `prepare`, or `npm run build:node`):
//
//   dist/cli/nastavnik.js      the `nastavnik` command (package.json "bin"); each command is its
//                              own chunk, loaded only when called, so `--help` starts at once
//   dist/service/main.js       the sync service (`npm start`, `npm run demo`)
//   dist/service/backup-cli.js `npm run backup`, `npm run restore`
//   dist/service/client/       the dashboard's browser scripts (minified) and styles, served as they are
//
// Packages stay in node_modules (not bundled); dist/ needs neither esbuild nor tsx to run. The
// production install is: `npm ci` (builds dist/), then `npm ci --omit=dev` on the built tree —
// `prepare` runs again there without esbuild and keeps the dist/ it finds. The new build goes to a
// temporary folder and replaces the old one only when whole.
import { copyFile, rename, rm, readFile, chmod, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const CLIENT_SOURCE = 'sync-service/src/dashboard/client';

/** The dashboard's browser scripts (served name → entry under CLIENT_SOURCE) and styles, copied as they are. */
export const DASHBOARD_CLIENT = {
  scripts: {
    'dashboard.js': 'main.ts',
    'admin.js': 'admin/main.ts',
    'review.js': 'practices/review.ts',
    'catalogue.js': 'practices/catalogue.ts',
  },
  styles: ['dashboard.css', 'admin.css', 'practices.css'],
};

/**
 * The programs: entry (from the repository root) → output folder under dist/ and file name.
 * The service's chunks sit beside main.js, so that `import.meta.url` of any of its files finds
 * the client folder at `./client/`, as sync-service/src/dashboard/assets.ts does in the sources.
 */
export const PROGRAMS = [
  {
    entry: 'cli/bin.ts',
    dir: 'cli',
    name: 'nastavnik',
    banner: '#!/usr/bin/env node',
    chunkNames: 'chunks/[name]-[hash]',
    sourceLocation: true,
  },
  {
    entry: { main: 'sync-service/src/main.ts', 'backup-cli': 'sync-service/src/backup-cli.ts' },
    dir: 'service',
    chunkNames: '[name]-[hash]',
    client: DASHBOARD_CLIENT,
  },
];

/** Replaces `import.meta.url` / `import.meta.dirname` with those of the source file (the CLI's run-as-script guard). */
const sourceLocation = {
  name: 'source-location',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (args.path.includes(`${join('node_modules', '')}`)) return undefined;
      const text = await readFile(args.path, 'utf8');
      if (!text.includes('import.meta.')) return { contents: text, loader: 'ts' };
      const contents = text
        .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(args.path).href))
        .replaceAll('import.meta.dirname', JSON.stringify(dirname(args.path)))
        .replaceAll('import.meta.filename', JSON.stringify(args.path));
      return { contents, loader: 'ts' };
    });
  },
};

/** The dashboard's scripts bundled for browsers (the options assets.ts uses when it bundles on request). */
async function buildClient(esbuild, client, outDir) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.entries(client.scripts).map(([name, entry]) => ({
      in: join(CLIENT_SOURCE, entry),
      out: name.replace(/\.js$/, ''),
    })),
    outdir: outDir,
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const file of client.styles) await copyFile(join(root, CLIENT_SOURCE, file), join(outDir, file));
}

async function built(outRoot) {
  for (const file of ['cli/nastavnik.js', 'service/main.js', 'service/backup-cli.js', 'service/client/dashboard.js']) {
    if (!(await stat(join(outRoot, file)).catch(() => null))) return false;
  }
  return true;
}

/** esbuild, or null when it is not installed (`npm ci --omit=dev`). */
async function loadEsbuild() {
  try {
    return await import('esbuild');
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND') return null;
    throw error;
  }
}

export async function buildNode(outRoot = join(root, 'dist')) {
  const esbuild = await loadEsbuild();
  if (!esbuild) throw new Error('esbuild не установлен: соберите dist/ с dev-зависимостями (npm ci)');
  for (const program of PROGRAMS) {
    const target = join(outRoot, program.dir);
    const staging = `${target}.building`;
    await rm(staging, { recursive: true, force: true });
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: typeof program.entry === 'string' ? { [program.name]: program.entry } : program.entry,
      outdir: staging,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      chunkNames: program.chunkNames,
      sourcemap: 'linked',
      banner: program.banner ? { js: program.banner } : undefined,
      plugins: program.sourceLocation ? [sourceLocation] : [],
      logLevel: 'warning',
    });
    if (program.client) await buildClient(esbuild, program.client, join(staging, 'client'));
    if (program.banner) await chmod(join(staging, `${program.name}.js`), 0o755);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  if (await loadEsbuild()) {
    await buildNode();
    console.error(
      `Сборка Node: dist/cli/nastavnik.js, dist/service/main.js, dist/service/backup-cli.js, dist/service/client/ (${Date.now() - started} мс)`,
    );
  } else if (await built(join(root, 'dist'))) {
    console.error(
      'esbuild не установлен (установка без dev-зависимостей): сборка пропущена, используется уже собранный dist/.',
    );
  } else {
    console.error(
      'esbuild не установлен, а собранного dist/ нет. Соберите с dev-зависимостями (npm ci), затем ставьте только рабочие пакеты (npm ci --omit=dev).',
    );
    process.exitCode = 1;
  }
}
