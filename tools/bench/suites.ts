/** Every benchmark, in the order `npm run bench` runs them. Add yours here. */
import type { BenchSuite } from "./suite.js";
import { segmentBench } from "./segment.js";
import { timesBench } from "./times.js";

export const benches: BenchSuite[] = [segmentBench, timesBench];
