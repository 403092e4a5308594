// `npm run bench`: each area's benchmarks print their figures against the goals.
import { benchPairing } from './pairing';
import { benchService } from './service';

await benchPairing();
await benchService();
