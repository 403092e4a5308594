// `npm run bench`: each area's benchmarks print their figures against the goals.
import { benchService } from './service';

await benchService();
