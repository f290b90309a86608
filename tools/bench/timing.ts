/** How every benchmark times its stage: warm the JIT on the first items, then time one pass over all. */
import { performance } from "node:perf_hooks";

export interface Timing {
  /** The sum of what `run` returned (tokens, words, spans…). */
  total: number;
  seconds: number;
  /** This process's CPU time over the pass: on a shared machine, the honest one-core figure. */
  cpuSeconds: number;
}

export function timePass<T>(items: readonly T[], run: (item: T) => number, warmup = 50): Timing {
  for (const item of items.slice(0, warmup)) run(item);
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  let total = 0;
  for (const item of items) total += run(item);
  const cpu = process.cpuUsage(cpuStarted);
  return { total, seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}
