/** Every benchmark, in the order `npm run bench` runs them. Add yours here. */
import type { BenchSuite } from "./suite.js";
import { segmentBench } from "./segment.js";

export const benches: BenchSuite[] = [segmentBench];
