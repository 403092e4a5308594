// Build of the Node programs into dist/ (run by `npm ci` through `prepare`, or `npm run build:node`):
//
//   dist/cli/nastavnik.js      the `nastavnik` command (package.json "bin"); each command is its
//                              own chunk, loaded only when called, so `--help` starts at once
//   dist/service/main.js       the sync service (`npm start`, `npm run demo`)
//   dist/service/backup-cli.js `npm run backup`, `npm run restore`
//
// Packages stay in node_modules (not bundled). `import.meta.url` keeps pointing at the source
// file, so code that finds files beside its source (the dashboard's client and styles) works
// unchanged. The new build goes to a temporary folder and replaces the old one only when whole.
import { rename, rm, readFile, chmod } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The programs: entry (from the repository root) → output folder under dist/ and file name. */
export const PROGRAMS = [
  { entry: 'cli/bin.ts', dir: 'cli', name: 'nastavnik', banner: '#!/usr/bin/env node' },
  { entry: { main: 'sync-service/src/main.ts', 'backup-cli': 'sync-service/src/backup-cli.ts' }, dir: 'service' },
];

/** Replaces `import.meta.url` / `import.meta.dirname` with those of the source file. */
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

export async function buildNode(outRoot = join(root, 'dist')) {
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
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: 'linked',
      banner: program.banner ? { js: program.banner } : undefined,
      plugins: [sourceLocation],
      logLevel: 'warning',
    });
    if (program.banner) await chmod(join(staging, `${program.name}.js`), 0o755);
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = Date.now();
  await buildNode();
  console.error(`Сборка Node: dist/cli/nastavnik.js, dist/service/main.js, dist/service/backup-cli.js (${Date.now() - started} мс)`);
}
