/**
 * What a rule's regular expression cannot match without: a set of strings one of which every match
 * contains (lower case; DIGIT stands for any digit), or null when no such set can be told. Most
 * sentences hold no time word, and a rule is then not run over them at all.
 *
 * Read from the regex source with a small parser of the syntax the rule files use: groups, lookarounds,
 * alternation, quantifiers, character classes and escapes.
 */
export const DIGIT = "\u0000digit";

type Required = ReadonlySet<string> | null;

interface Item {
  /** A literal character, which joins its neighbours into one string. */
  char?: string;
  required: Required;
  optional: boolean;
}

export function requiredText(source: string): Required {
  let at = 0;
  const peek = () => source[at];

  function alternation(): Required {
    const branches: Required[] = [sequence()];
    while (peek() === "|") {
      at++;
      branches.push(sequence());
    }
    if (branches.some((b) => b === null)) return null;
    return new Set(branches.flatMap((b) => [...b!]));
  }

  function sequence(): Required {
    const candidates: Array<ReadonlySet<string>> = [];
    let run = "";
    const flush = () => {
      if (run) candidates.push(new Set([run.toLowerCase()]));
      run = "";
    };
    while (at < source.length && peek() !== "|" && peek() !== ")") {
      const item = quantified(atom());
      if (item.char !== undefined && !item.optional) {
        run += item.char;
        continue;
      }
      flush();
      if (!item.optional && item.required) candidates.push(item.required);
    }
    flush();
    return candidates.length ? candidates.reduce((best, c) => (selectivity(c) > selectivity(best) ? c : best)) : null;
  }

  /** The shortest string a set offers: the longer, the rarer in text; a smaller set breaks ties. */
  function selectivity(set: ReadonlySet<string>): number {
    let shortest = Infinity;
    for (const s of set) shortest = Math.min(shortest, s === DIGIT ? 1.5 : s.length);
    return shortest - set.size / 1000;
  }

  function quantified(item: Item): Item {
    const c = peek();
    let optional = false;
    let repeated = false;
    if (c === "?" || c === "*") {
      optional = true;
      at++;
    } else if (c === "+") {
      repeated = true;
      at++;
    } else {
      const bounds = c === "{" ? /^\{(\d+)(,\d*)?\}/.exec(source.slice(at)) : null;
      if (!bounds) return item;
      optional = Number(bounds[1]) === 0;
      repeated = bounds[2] !== undefined || Number(bounds[1]) > 1;
      at += bounds[0].length;
    }
    if (peek() === "?") at++; // lazy
    if (optional) return { required: null, optional: true };
    // A repeated literal still requires itself once, but no longer joins a run ("s+" in "ans+").
    return repeated && item.char !== undefined ? { required: new Set([item.char.toLowerCase()]), optional: false } : item;
  }

  function atom(): Item {
    const c = source[at++];
    if (c === "(") {
      const opening = /^\?(?::|=|!|<=|<!|<[A-Za-z]\w*>)/.exec(source.slice(at))?.[0] ?? "";
      const lookaround = /^\?(?:=|!|<=|<!)$/.test(opening);
      at += opening.length;
      const inner = alternation();
      at++; // ")"
      return { required: lookaround ? null : inner, optional: lookaround };
    }
    if (c === "[") {
      let body = "";
      while (at < source.length && source[at] !== "]") {
        if (source[at] === "\\") body += source[at++];
        body += source[at++];
      }
      at++; // "]"
      return { required: /^(?:\\d|\d|\d-\d)+$/.test(body) ? new Set([DIGIT]) : null, optional: false };
    }
    if (c === "\\") {
      const e = source[at++];
      if (e === "d") return { required: new Set([DIGIT]), optional: false };
      if (e === "p" || e === "P") {
        if (peek() === "{") at = source.indexOf("}", at) + 1;
        return { required: null, optional: false };
      }
      if (e === "b" || e === "B") return { required: null, optional: true };
      if (/[sSwWDnrtfv]/.test(e)) return { required: null, optional: false };
      return { char: e, required: null, optional: false };
    }
    if (c === "^" || c === "$") return { required: null, optional: true };
    if (c === ".") return { required: null, optional: false };
    return { char: c, required: null, optional: false };
  }

  const result = alternation();
  return at >= source.length ? result : null;
}

/** Whether a text can hold a match, by what the rule requires; `lower` is the text in lower case. */
export function mayMatch(required: Required, lower: string, hasDigit: boolean): boolean {
  if (required === null) return true;
  for (const s of required) if (s === DIGIT ? hasDigit : lower.includes(s)) return true;
  return false;
}
