/**
 * Events per day or week, stacked by QuadClass, drawn as plain SVG on a time axis (gaps stay gaps).
 * Clicking a bar narrows the filters to its period.
 */
import type { Timeline } from "../api.js";
import { QUADS } from "../quad.js";

/** Drawn at about the size it is shown, so that labels stay legible on a phone. */
const size = () => (window.matchMedia("(max-width: 600px)").matches ? { W: 420, H: 240, ticks: 3 } : { W: 960, H: 220, ticks: 6 });
const PAD = { left: 40, right: 12, top: 12, bottom: 28 };
const DAY = 86_400_000;

const time = (day: string) => Date.parse(day + "T00:00:00Z");
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

function ticks(start: number, end: number, count: number): number[] {
  const step = Math.max(DAY, Math.ceil((end - start) / count / DAY) * DAY);
  const out: number[] = [];
  for (let t = start; t <= end; t += step) out.push(t);
  return out;
}

export function TimelineChart({ data, onPick }: { data: Timeline; onPick: (from: string, to: string) => void }) {
  if (data.buckets.length === 0) return <p class="empty">No events match these filters.</p>;
  const { W, H, ticks: tickCount } = size();
  const width = data.interval === "week" ? 7 * DAY : DAY;
  const start = time(data.buckets[0].period);
  const end = time(data.buckets[data.buckets.length - 1].period) + width;
  const span = Math.max(end - start, width);
  const x = (t: number) => PAD.left + ((t - start) / span) * (W - PAD.left - PAD.right);
  const max = Math.max(...data.buckets.map((b) => b.total));
  const y = (n: number) => H - PAD.bottom - (n / max) * (H - PAD.top - PAD.bottom);
  const barWidth = Math.max(1, x(start + width) - x(start) - (data.buckets.length > 200 ? 0 : 1));
  const grid = [0, Math.ceil(max / 2), max];
  return (
    <figure class="timeline">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`Events per ${data.interval}, ${data.total} in all, from ${data.buckets[0].period} to ${data.buckets[data.buckets.length - 1].period}`}>
        {grid.map((n) => (
          <g key={n} class="grid">
            <line x1={PAD.left} x2={W - PAD.right} y1={y(n)} y2={y(n)} />
            <text x={PAD.left - 6} y={y(n) + 4} text-anchor="end">
              {n}
            </text>
          </g>
        ))}
        {ticks(start, end - width, tickCount).map((t) => (
          <text key={t} class="tick" x={x(t)} y={H - 8} text-anchor="middle">
            {iso(t)}
          </text>
        ))}
        {data.buckets.map((b) => {
          const t = time(b.period);
          let base = 0;
          const last = iso(t + width - DAY);
          return (
            <g key={b.period} class="bar" onClick={() => onPick(b.period, last)} data-period={b.period}>
              <title>
                {data.interval === "week" ? `week of ${b.period}` : b.period}: {b.total} events —{" "}
                {QUADS.map((q) => `${q.name} ${b.counts[q.n - 1]}`).join(", ")}
              </title>
              {b.counts.map((n, i) => {
                if (!n) return null;
                const top = y(base + n);
                const height = y(base) - top;
                base += n;
                return <rect key={i} x={x(t)} y={top} width={barWidth} height={Math.max(height, 0.5)} fill={QUADS[i].color} />;
              })}
            </g>
          );
        })}
      </svg>
      <figcaption class="legend">
        {QUADS.map((q) => (
          <span key={q.n} class="legend-item">
            <span class="swatch" style={{ background: q.color }} aria-hidden="true" /> {q.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
