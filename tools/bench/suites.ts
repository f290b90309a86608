/** Every benchmark, in the order `npm run bench` runs them. Add yours here. */
import type { BenchSuite } from "./suite.js";
import { ingestBench } from "./ingest.js";
import { segmentBench } from "./segment.js";
import { syntaxBench } from "./syntax.js";
import { timesBench } from "./times.js";
import { nerBench } from "./ner.js";
import { eventsBench } from "./events.js";
import { entitiesBench } from "./entities.js";
import { serveBench } from "./serve.js";

export const benches: BenchSuite[] = [segmentBench, syntaxBench, timesBench, ingestBench, nerBench, entitiesBench, eventsBench, serveBench];
