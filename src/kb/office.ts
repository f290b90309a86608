/** Who held an office on a given day: "le président égyptien" in 2012 is not the one of 2024. */
import type { KbEntry, Term, World } from "./world.js";

let byOffice: Map<string, Term[]> | undefined;
let indexedFor: World | undefined;

const key = (country: string, role: string) => `${country}\u0000${role}`;

/** The holder's term of `role` in `country` on `day` (YYYY-MM-DD); the latest one to start wins. */
export function holderAt(kb: World, country: string, role: string, day: string): Term | undefined {
  if (indexedFor !== kb) {
    byOffice = new Map();
    for (const t of kb.terms) {
      const k = key(t.country, t.role);
      byOffice.set(k, [...(byOffice.get(k) ?? []), t]);
    }
    indexedFor = kb;
  }
  let best: Term | undefined;
  for (const t of byOffice!.get(key(country, role)) ?? []) {
    if (t.start <= day && day <= t.end && (!best || t.start > best.start)) best = t;
  }
  return best;
}

/** The term a person is serving on `day`, else undefined. */
export function termAt(person: KbEntry, day: string): Term | undefined {
  return person.terms?.filter((t) => t.start <= day && day <= t.end).sort((a, b) => (a.start < b.start ? 1 : -1))[0];
}

/**
 * A person's CAMEO code on `day`: that of the office held then; a former office holder is the country's
 * elite (CAMEO ELI); someone yet to take office keeps the code of the coming office.
 */
export function actorAt(person: KbEntry, day: string): { actor: string; country: string; role?: string } {
  const terms = person.terms ?? [];
  const now = termAt(person, day);
  if (now) return { actor: now.actor, country: now.country, role: now.role };
  const past = terms.filter((t) => t.end < day).sort((a, b) => (a.end < b.end ? 1 : -1))[0];
  const future = terms.filter((t) => t.start > day).sort((a, b) => (a.start < b.start ? -1 : 1))[0];
  if (future && (!past || daysBetween(day, future.start) < 120)) return { actor: future.actor, country: future.country, role: future.role };
  if (past) return { actor: past.country === past.actor.slice(0, 3) ? `${past.country}ELI` : past.actor, country: past.country, role: `former ${past.role}` };
  return { actor: person.actor ?? "", country: person.country ?? "" };
}

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}
