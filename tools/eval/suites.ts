/** Every evaluation suite, in the order `npm run eval` runs them. Add yours here. */
import type { EvalSuite } from "./suite.js";
import { segmentSuite } from "./segment.js";
import { timesSuite } from "./times.js";
import { syntaxSuite } from "./syntax.js";
import { entitiesSuite } from "./entities.js";
import { nerSuite } from "./ner.js";
import { quotesSuite } from "./quotes.js";
import { eventsSuite } from "./events.js";

export const suites: EvalSuite[] = [segmentSuite, timesSuite, syntaxSuite, entitiesSuite, nerSuite, quotesSuite, eventsSuite];
