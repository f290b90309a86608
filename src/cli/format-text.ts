/** A DocumentRecord as a person reads it in a terminal. */
import type { DocumentRecord } from "../model/record.js";

export function formatRecordText(record: DocumentRecord, path?: string): string {
  const lines: string[] = [];
  const head = [record.title ?? path ?? record.id, `[${record.lang}]`, record.publishedAt && `published ${record.publishedAt}`];
  lines.push(head.filter(Boolean).join("  "));
  if (record.dateline) {
    const d = record.dateline;
    lines.push(`dateline: ${[d.place, d.date, d.source].filter(Boolean).join(" · ")}`);
  }
  const words = record.sentences.reduce((n, s) => n + s.tokens.length, 0);
  lines.push(`${record.sentences.length} sentences, ${words} words, ${record.entities.length} entities, ` +
    `${record.times.length} times, ${record.quotes.length} quotes, ${record.events.length} events`);
  lines.push("");
  record.sentences.forEach((s, i) => {
    const role = s.role && s.role !== "body" ? ` (${s.role})` : "";
    lines.push(`${String(i + 1).padStart(3)}${role.padEnd(11)} ${s.text.replace(/\s+/g, " ")}`);
  });
  if (record.entities.length) {
    lines.push("", "entities:");
    for (const e of record.entities) {
      const code = [e.actor, e.country].filter(Boolean).join(" ");
      lines.push(`  ${e.type.padEnd(4)} ${e.name}${code ? ` (${code})` : ""} ×${e.mentions.length}`);
    }
  }
  if (record.times.length) {
    lines.push("", "times:");
    for (const t of record.times) lines.push(`  ${t.text} → ${t.value}`);
  }
  if (record.quotes.length) {
    lines.push("", "quotes:");
    for (const q of record.quotes) lines.push(`  ${q.speakerText ?? q.speaker ?? "?"} (${q.kind}): ${q.text.slice(0, 100)}`);
  }
  if (record.events.length) {
    lines.push("", "events:");
    for (const e of record.events) {
      const who = `${e.source?.actor ?? "?"} → ${e.target?.actor ?? "?"}`;
      lines.push(`  ${e.code} ${who} ${e.date ?? ""} ${e.modality}${e.background ? " (background)" : ""}`);
    }
  }
  return lines.join("\n");
}
