/**
 * An article with everything gazette found in it highlighted: entities, times, quotes and events.
 * Hovering or focusing a passage explains it, including what produced it (a rule id or a model).
 * The text is untrusted: it is cut into plain strings and rendered as text nodes, never as HTML.
 */
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import type { DocumentRecord } from "../api.js";
import { quadName } from "../quad.js";
import { QuadBadge } from "./event-row.js";

type Kind = "entity" | "time" | "quote" | "event";

interface Annotation {
  kind: Kind;
  start: number;
  end: number;
  title: string;
  lines: string[];
  producedBy?: string;
  href?: string;
}

const KINDS: Array<{ kind: Kind; label: string }> = [
  { kind: "entity", label: "Entities" },
  { kind: "time", label: "Times" },
  { kind: "quote", label: "Quotes" },
  { kind: "event", label: "Events" },
];

/** Only web addresses become links: a `javascript:` URL in a record must stay inert text. */
export const safeHref = (url: string | undefined) => (url && /^https?:\/\//i.test(url) ? url : undefined);

/** " · original", linking to where an article was published, when its URL is a web address. */
export function OriginalLink({ url }: { url: string | undefined }) {
  const href = safeHref(url);
  if (!href) return null;
  return (
    <>
      {" · "}
      <a href={href} rel="noopener noreferrer nofollow" target="_blank">
        original
      </a>
    </>
  );
}

function annotations(record: DocumentRecord, clusters: Record<string, number> | undefined): Annotation[] {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const out: Annotation[] = [];
  for (const e of record.entities) {
    for (const m of e.mentions) {
      out.push({
        kind: "entity",
        start: m.start,
        end: m.end,
        title: `${e.name} — ${e.type}`,
        lines: [
          `entity ${e.id}`,
          [e.country && `country ${e.country}`, e.actor && `CAMEO actor ${e.actor}`, e.role].filter(Boolean).join(" · "),
          m.kind ? `named here as a ${m.kind}` : "",
        ].filter(Boolean),
        producedBy: m.producedBy ?? e.producedBy ?? record.producedBy.entities,
      });
    }
  }
  for (const t of record.times) {
    out.push({
      kind: "time",
      start: t.start,
      end: t.end,
      title: `${t.type} ${t.value}`,
      lines: [t.mod ? `modifier ${t.mod}` : "", t.anchor ? `resolved against the ${t.anchor}` : ""].filter(Boolean),
      producedBy: t.producedBy ?? record.producedBy.times,
    });
  }
  for (const q of record.quotes) {
    out.push({
      kind: "quote",
      start: q.start,
      end: q.end,
      title: `${q.kind} quote`,
      lines: [
        `speaker: ${q.speaker ? (names.get(q.speaker) ?? q.speaker) : (q.speakerText ?? "unknown")}`,
        q.speakerText && q.speaker ? `named as “${q.speakerText}”` : "",
        q.cue ? `cue: “${q.cue.text}”` : "",
      ].filter(Boolean),
      producedBy: q.producedBy ?? record.producedBy.quotes,
    });
  }
  for (const ev of record.events) {
    const who = (a: typeof ev.source) => (a ? (a.entity ? (names.get(a.entity) ?? a.actor) : (a.text ?? a.actor)) + ` (${a.actor})` : "—");
    const cluster = clusters?.[ev.id];
    for (const m of ev.mentions) {
      out.push({
        kind: "event",
        start: m.start,
        end: m.end,
        title: `event CAMEO ${ev.code} · ${quadName(ev.quadClass)}`,
        lines: [
          `${who(ev.source)} → ${who(ev.target)}`,
          [ev.date && `date ${ev.date}`, ev.place && `place ${ev.place.name}`].filter(Boolean).join(" · "),
          `${ev.modality}${ev.background ? ", background" : ""} · Goldstein ${ev.goldstein} · confidence ${ev.confidence.toFixed(2)}`,
        ].filter(Boolean),
        producedBy: m.producedBy ?? ev.producedBy ?? record.producedBy.events,
        ...(cluster !== undefined && { href: `/events/${cluster}` }),
      });
    }
  }
  return out.filter((a) => a.end > a.start && a.start >= 0 && a.end <= record.text.length);
}

interface Segment {
  start: number;
  end: number;
  covering: Annotation[];
}

/** Cuts the text at every annotation boundary; each piece knows every annotation that covers it. */
function segments(length: number, list: Annotation[], cuts: number[]): Segment[] {
  const points = [...new Set([0, length, ...cuts, ...list.flatMap((a) => [a.start, a.end])])].filter((p) => p >= 0 && p <= length).sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i];
    const end = points[i + 1];
    out.push({ start, end, covering: list.filter((a) => a.start <= start && a.end >= end) });
  }
  return out;
}

export function RecordView({ record, clusters, highlight }: { record: DocumentRecord; clusters?: Record<string, number>; highlight?: { start: number; end: number } }) {
  const [shown, setShown] = useState<Record<Kind, boolean>>({ entity: true, time: true, quote: true, event: true });
  const [active, setActive] = useState<Annotation[]>([]);
  const evidence = useRef<HTMLElement>(null);
  const all = useMemo(() => annotations(record, clusters), [record, clusters]);
  const visible = all.filter((a) => shown[a.kind]);
  const pieces = useMemo(
    () => segments(record.text.length, visible, highlight ? [highlight.start, highlight.end] : []),
    [record, visible.length, shown, highlight?.start, highlight?.end],
  );

  useEffect(() => {
    if (!evidence.current) return;
    evidence.current.scrollIntoView({ block: "center" });
    evidence.current.focus({ preventScroll: true });
  }, [record.id, highlight?.start]);

  let firstEvidence = true;
  return (
    <div class="record">
      <div class="record-toolbar" role="group" aria-label="What to highlight">
        {KINDS.map(({ kind, label }) => (
          <label key={kind} class={`toggle k-${kind}`}>
            <input type="checkbox" checked={shown[kind]} onChange={() => setShown({ ...shown, [kind]: !shown[kind] })} />
            <span class="mark">{label}</span> <span class="n">{all.filter((a) => a.kind === kind).length}</span>
          </label>
        ))}
      </div>
      <div class="record-body">
        <div class="article-text" lang={record.lang}>
          {pieces.map((piece) => {
            const text = record.text.slice(piece.start, piece.end);
            const inEvidence = highlight !== undefined && piece.start >= highlight.start && piece.end <= highlight.end;
            if (!piece.covering.length && !inEvidence) return text;
            const kinds = [...new Set(piece.covering.map((a) => a.kind))];
            const isFirst = inEvidence && firstEvidence;
            if (isFirst) firstEvidence = false;
            return (
              <span
                key={piece.start}
                class={`ann ${kinds.map((k) => `k-${k}`).join(" ")}${inEvidence ? " evidence" : ""}`}
                tabIndex={piece.covering.length || isFirst ? 0 : undefined}
                ref={isFirst ? evidence : undefined}
                id={isFirst ? "evidence" : undefined}
                onMouseEnter={() => setActive(piece.covering)}
                onFocus={() => setActive(piece.covering)}
              >
                {text}
              </span>
            );
          })}
        </div>
        <aside class="explain" aria-live="polite" aria-label="Why gazette says this">
          <h3>Why?</h3>
          {active.length === 0 ? (
            <p class="muted">Hover or focus (Tab) a highlighted passage to see what gazette found there and which rule or model produced it.</p>
          ) : (
            active.map((a, i) => (
              <div key={i} class={`why k-${a.kind}`}>
                <p class="why-title">
                  <span class="mark">{a.kind}</span> {a.title}
                </p>
                <p class="quoted">“{record.text.slice(a.start, a.end)}”</p>
                {a.lines.map((line, j) => (
                  <p key={j}>{line}</p>
                ))}
                <p class="produced">produced by {a.producedBy ?? "unknown"}</p>
                {a.href && <a href={a.href}>every report of this event →</a>}
              </div>
            ))
          )}
        </aside>
      </div>
      <RecordLists record={record} clusters={clusters} />
    </div>
  );
}

function RecordLists({ record, clusters }: { record: DocumentRecord; clusters?: Record<string, number> }) {
  const names = new Map(record.entities.map((e) => [e.id, e.name]));
  const who = (a: DocumentRecord["events"][number]["source"]) => (a ? `${a.entity ? (names.get(a.entity) ?? a.actor) : (a.text ?? a.actor)} (${a.actor})` : "—");
  return (
    <div class="record-lists">
      <section>
        <h3>Events ({record.events.length})</h3>
        {record.events.length === 0 && <p class="muted">No events coded in this article.</p>}
        <ul class="plain">
          {record.events.map((ev) => {
            const cluster = clusters?.[ev.id];
            const body = (
              <>
                <QuadBadge quad={ev.quadClass} /> CAMEO {ev.code}: {who(ev.source)} → {who(ev.target)}
                {ev.place ? ` · ${ev.place.name}` : ""}
                {ev.date ? ` · ${ev.date}` : ""} · {ev.modality}
              </>
            );
            return <li key={ev.id}>{cluster !== undefined ? <a href={`/events/${cluster}`}>{body}</a> : body}</li>;
          })}
        </ul>
      </section>
      <section>
        <h3>Entities ({record.entities.length})</h3>
        <ul class="plain">
          {record.entities.map((e) => (
            <li key={e.id}>
              <a href={`/?actor=${encodeURIComponent(e.id)}`}>{e.name}</a> <span class="muted">{e.type}{e.country ? ` · ${e.country}` : ""}{e.actor ? ` · ${e.actor}` : ""} · {e.mentions.length}×</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Times ({record.times.length})</h3>
        <ul class="plain">
          {record.times.map((t, i) => (
            <li key={i}>
              “{t.text}” → <code>{t.value}</code> <span class="muted">{t.type}</span>
            </li>
          ))}
        </ul>
      </section>
      <section>
        <h3>Quotes ({record.quotes.length})</h3>
        <ul class="plain">
          {record.quotes.map((q, i) => (
            <li key={i}>
              <q>{q.text}</q> <span class="muted">— {q.speaker ? (names.get(q.speaker) ?? q.speaker) : (q.speakerText ?? "unknown speaker")}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
