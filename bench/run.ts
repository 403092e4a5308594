// `npm run bench`: each area's benchmarks print their figures against the goals.
import { benchPairing } from './pairing';
import { benchCli } from './cli';
import { benchService } from './service';
import { benchGoogle } from './google';
import { benchAddonWorkspace } from './addon-workspace';
import { benchAddon } from './addon';
import { benchAddonDocuments } from './addon-documents';
import { benchAddonYear } from './addon-year';
import { benchProgrammeYear } from './programme-year';
import { benchProduction } from './production';

await benchPairing();
await benchCli();
await benchService();
await benchAddonWorkspace();
await benchAddon();
await benchAddonDocuments();
await benchAddonYear();
await benchProgrammeYear();
await benchGoogle();
await benchProduction();
