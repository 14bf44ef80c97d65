import { RegExpParser, type AST } from '@eslint-community/regexpp';

/**
 * A cheap test that tells when a pattern cannot match a text, so most of the ~100 patterns are
 * never run on a listing that has none of their words.
 *
 * From a pattern's syntax tree it derives what any match must contain: words that must begin with
 * given letters ("registration fee" needs a word starting "regi", one starting "fee"), combined
 * with and/or as the pattern combines them. A text is indexed once by its words' first one to
 * four letters. The test only ever says "may match" too often, never too rarely: where the
 * tree gives no certainty (classes, optional parts, lookarounds) it requires nothing.
 */
export type Requirement =
  { kind: 'prefix'; key: number } | { kind: 'all'; of: Requirement[] } | { kind: 'any'; of: Requirement[] };

/** Null: the pattern may match anything. */
export type Gate = Requirement | null;

/** Letters of a word prefix kept in the index; longer literals are cut to this many. */
const PREFIX_LENGTH = 4;

/** 1–37 for a \w character (letters folded to lowercase), 0 for any other. */
function wordCode(c: number): number {
  if (c >= 97 && c <= 122) return c - 96;
  if (c >= 65 && c <= 90) return c - 64;
  if (c >= 48 && c <= 57) return c - 21;
  return c === 95 ? 37 : 0;
}

const isWordCode = (c: number) => wordCode(c) !== 0;

/** The prefix's characters packed six bits each; 0 stands for "no character", so lengths differ. */
function prefixKey(codes: readonly number[]): number {
  let key = 0;
  for (let i = 0; i < PREFIX_LENGTH; i++) key = key * 64 + (codes[i] ?? 0);
  return key;
}

/** Where the next character stands: sure to start a word if it is a word character, or unknown. */
type Place = 'word-start' | 'unknown';

const merge = (a: Place, b: Place): Place => (a === b ? a : 'unknown');

/** Joins requirements of one kind, lifting nested ones of the same kind and dropping repeats. */
function join(kind: 'all' | 'any', parts: Requirement[]): Requirement {
  const of: Requirement[] = [];
  const keys = new Set<number>();
  for (const part of parts.flatMap((p) => (p.kind === kind ? p.of : [p]))) {
    if (part.kind === 'prefix') {
      if (keys.has(part.key)) continue;
      keys.add(part.key);
    }
    of.push(part);
  }
  return of.length === 1 ? of[0] : { kind, of };
}

function all(parts: Gate[]): Gate {
  const of = parts.filter((p): p is Requirement => p !== null);
  return of.length === 0 ? null : join('all', of);
}

function any(parts: Gate[]): Gate {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  return join('any', parts as Requirement[]);
}

/** A class that can only match characters outside \w, so the character after it starts a word. */
function onlyNonWord(node: AST.CharacterClass | AST.CharacterSet): boolean {
  if (node.type === 'CharacterSet') return node.kind === 'space' && !node.negate;
  if (node.negate || node.unicodeSets) return false;
  return node.elements.every((e) => e.type === 'Character' && !isWordCode(e.value));
}

interface Walk {
  gate: Gate;
  end: Place;
}

class GateBuilder {
  alternatives(alts: readonly AST.Alternative[], place: Place): Walk {
    const walks = alts.map((a) => this.sequence(a.elements, place));
    return {
      gate: any(walks.map((w) => w.gate)),
      end: walks.map((w) => w.end).reduce(merge),
    };
  }

  private sequence(elements: readonly AST.Element[], start: Place): Walk {
    const parts: Gate[] = [];
    let place = start;
    let run: number[] = [];
    let runPlace: Place = start;
    const flush = () => {
      parts.push(this.literal(run, runPlace));
      run = [];
    };
    for (const el of elements) {
      if (el.type === 'Character') {
        if (run.length === 0) runPlace = place;
        run.push(el.value);
        place = isWordCode(el.value) ? 'unknown' : 'word-start';
        continue;
      }
      if (run.length) flush();
      const walk = this.element(el, place);
      parts.push(walk.gate);
      place = walk.end;
    }
    if (run.length) flush();
    return { gate: all(parts), end: place };
  }

  /** Every word a run of literal characters is sure to begin. */
  private literal(chars: readonly number[], start: Place): Gate {
    const words: Gate[] = [];
    for (let i = 0; i < chars.length; i++) {
      const atStart = i === 0 ? start === 'word-start' : !isWordCode(chars[i - 1]);
      if (!atStart || !isWordCode(chars[i])) continue;
      const codes: number[] = [];
      for (let j = i; j < chars.length && codes.length < PREFIX_LENGTH && isWordCode(chars[j]); j++) {
        codes.push(wordCode(chars[j]));
      }
      words.push({ kind: 'prefix', key: prefixKey(codes) });
    }
    return all(words);
  }

  private element(el: AST.Element, place: Place): Walk {
    switch (el.type) {
      case 'Group':
      case 'CapturingGroup':
        return this.alternatives(el.alternatives, place);
      case 'Quantifier': {
        const once = this.element(el.element, place);
        const again = el.max > 1 ? merge(once.end, this.element(el.element, once.end).end) : once.end;
        return el.min === 0 ? { gate: null, end: merge(place, again) } : { gate: once.gate, end: again };
      }
      case 'Assertion':
        if (el.kind === 'word') return { gate: null, end: el.negate ? 'unknown' : 'word-start' };
        if (el.kind === 'start') return { gate: null, end: 'word-start' };
        // Lookarounds consume nothing: the place is unchanged, and they require nothing here.
        return { gate: null, end: el.kind === 'end' ? 'unknown' : place };
      case 'CharacterClass':
      case 'CharacterSet':
        return { gate: null, end: onlyNonWord(el) ? 'word-start' : 'unknown' };
      default:
        // Back-references, string alternatives of the v flag: nothing certain.
        return { gate: null, end: 'unknown' };
    }
  }
}

const parser = new RegExpParser();
const gates = new WeakMap<RegExp, Gate>();

/** What any match of `regex` must contain (computed once per pattern object). */
export function gateOf(regex: RegExp): Gate {
  const known = gates.get(regex);
  if (known !== undefined || gates.has(regex)) return known ?? null;
  let gate: Gate = null;
  // Case-insensitive Unicode patterns fold letters in ways this index does not model beyond ASCII.
  if (!(regex.ignoreCase && (regex.unicode || regex.unicodeSets))) {
    const pattern = parser.parsePattern(regex.source, 0, regex.source.length, {
      unicode: regex.unicode,
      unicodeSets: regex.unicodeSets,
    });
    gate = new GateBuilder().alternatives(pattern.alternatives, 'unknown').gate;
  }
  gates.set(regex, gate);
  return gate;
}

/**
 * The word beginnings a text holds, as bits: each prefix key is hashed into one of 2^16 bits. Two
 * keys sharing a bit can only make the gate let a pattern through, never hold one back.
 */
export class WordIndex {
  private readonly bits = new Uint32Array(1 << 11);

  add(key: number) {
    const bit = slot(key);
    this.bits[bit >>> 5] |= 1 << (bit & 31);
  }

  has(key: number): boolean {
    const bit = slot(key);
    return (this.bits[bit >>> 5] & (1 << (bit & 31))) !== 0;
  }
}

/** A prefix key's bit: the top 16 bits of a multiplicative hash. */
const slot = (key: number) => Math.imul(key, 0x9e3779b1) >>> 16;

/** The first one to four characters of every run of \w characters in `text`, as prefix keys. */
export function indexWords(text: string): WordIndex {
  const keys = new WordIndex();
  let key = 0;
  let length = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? wordCode(text.charCodeAt(i)) : 0;
    if (code === 0) {
      length = 0;
      continue;
    }
    if (length < PREFIX_LENGTH) {
      length++;
      key = length === 1 ? code : key * 64 + code;
      let padded = key;
      for (let n = length; n < PREFIX_LENGTH; n++) padded *= 64;
      keys.add(padded);
    }
  }
  return keys;
}

export function satisfies(req: Requirement, words: WordIndex): boolean {
  switch (req.kind) {
    case 'prefix':
      return words.has(req.key);
    case 'all':
      for (const r of req.of) if (!satisfies(r, words)) return false;
      return true;
    case 'any':
      for (const r of req.of) if (satisfies(r, words)) return true;
      return false;
  }
}

/** False only when `regex` cannot match a text whose words are `words`. */
export function mayMatch(regex: RegExp, words: WordIndex): boolean {
  const gate = gateOf(regex);
  return gate === null || satisfies(gate, words);
}
