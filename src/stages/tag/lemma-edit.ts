/**
 * Lemmas as edit classes: "optionally lower-case, strip this suffix, append that one" — learned from
 * the treebank, so "dénonçaient" → "dénoncer" is the class (strip "çaient", add "cer") that every
 * verb of its conjugation shares. Class keys are `case|strip|append` with case 1 for lower-casing.
 */

export function editClass(form: string, lemma: string): string {
  const keep = edit(form, lemma);
  const lower = edit(form.toLowerCase(), lemma);
  // Prefer keeping the case unless lower-casing makes the edit shorter (sentence-initial capitals).
  return lower.strip.length < keep.strip.length ? `1|${lower.strip}|${lower.append}` : `0|${keep.strip}|${keep.append}`;
}

function edit(from: string, to: string): { strip: string; append: string } {
  let common = 0;
  const max = Math.min(from.length, to.length);
  while (common < max && from.charCodeAt(common) === to.charCodeAt(common)) common++;
  return { strip: from.slice(common), append: to.slice(common) };
}

export interface EditClass {
  lower: boolean;
  strip: string;
  append: string;
}

export function parseEditClass(key: string): EditClass {
  const first = key.indexOf("|");
  const second = key.indexOf("|", first + 1);
  return { lower: key.slice(0, first) === "1", strip: key.slice(first + 1, second), append: key.slice(second + 1) };
}

/** The lemma a class gives a form, or undefined when the class does not fit (the form lacks its suffix). */
export function applyEdit(form: string, edit: EditClass): string | undefined {
  const base = edit.lower ? form.toLowerCase() : form;
  if (!base.endsWith(edit.strip)) return undefined;
  if (edit.strip.length === base.length && edit.append === "") return undefined;
  return base.slice(0, base.length - edit.strip.length) + edit.append;
}

/** Classes indexed by the suffix they strip, to list the few that fit a given form. */
export class EditIndex {
  readonly classes: EditClass[];
  private readonly byStrip = new Map<string, number[]>();
  private readonly longest: number;

  constructor(keys: readonly string[]) {
    this.classes = keys.map(parseEditClass);
    let longest = 0;
    this.classes.forEach((c, id) => {
      const list = this.byStrip.get(c.strip);
      if (list) list.push(id);
      else this.byStrip.set(c.strip, [id]);
      longest = Math.max(longest, c.strip.length);
    });
    this.longest = longest;
  }

  /** Ids of the classes whose suffix the form (or its lower-cased self, for lower-casing classes) ends with. */
  candidates(form: string, out: number[]): number[] {
    out.length = 0;
    const lower = form.toLowerCase();
    const max = Math.min(this.longest, form.length);
    for (let k = 0; k <= max; k++) {
      const exact = this.byStrip.get(form.slice(form.length - k));
      if (exact) for (const id of exact) if (!this.classes[id].lower) out.push(id);
      const folded = this.byStrip.get(lower.slice(lower.length - k));
      if (folded) for (const id of folded) if (this.classes[id].lower) out.push(id);
    }
    return out;
  }
}
