// Entry of the built `nastavnik` command (dist/cli/nastavnik.js, package.json "bin").
import { main } from './main';

await main();
