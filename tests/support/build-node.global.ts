// Builds dist/ (the CLI and the service, as `npm ci` does through `prepare`) once before the tests,
// so tests that start `npm start`, `npm run restore` or the `nastavnik` command run the current
// sources, and no test rebuilds it while another runs it.
import { buildNode } from '../../scripts/build-node.mjs';

export default async function setup(): Promise<void> {
  await buildNode();
}
