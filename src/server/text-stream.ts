/**
 * A producer that writes text through a sink → a byte stream for a Response, with backpressure: the
 * sink waits while the client is slow, and throws once the client has gone, so the producer stops.
 */
export type TextSink = (chunk: string) => Promise<void>;

/** Lines are small; sending them in batches of this many characters keeps the socket busy. */
const BATCH = 64 * 1024;

export function textStream(produce: (sink: TextSink) => Promise<void>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let wake: (() => void) | undefined;
  let cancelled = false;
  let batch = "";
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const flush = () => {
          if (batch) controller.enqueue(encoder.encode(batch));
          batch = "";
        };
        const sink: TextSink = async (chunk) => {
          if (cancelled) throw new Error("the client went away");
          batch += chunk;
          if (batch.length < BATCH) return;
          flush();
          if ((controller.desiredSize ?? 1) <= 0) await new Promise<void>((resolve) => (wake = resolve));
        };
        produce(sink).then(
          () => {
            if (cancelled) return;
            flush();
            controller.close();
          },
          (error: unknown) => {
            if (!cancelled) controller.error(error);
          },
        );
      },
      pull() {
        wake?.();
        wake = undefined;
      },
      cancel() {
        cancelled = true;
        wake?.();
      },
    },
    { highWaterMark: 4 },
  );
}
