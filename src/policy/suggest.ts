/** Words longer than this are no slip of a known name: no suggestion, and no quadratic work. */
const MAX_SUGGESTION_LENGTH = 200;

/**
 * The edit distance (insertions, deletions, substitutions) between two lower-cased strings when it is
 * at most `bound`, else `bound + 1`. Only the cells within `bound` of the table's diagonal are worked
 * out (any path through another costs more), and the work stops as soon as a row is all above `bound`:
 * most candidates are far, and are left after a few characters. @internal
 */
export function distanceWithin(s: string, t: string, bound: number): number {
  return distance(s, t, bound, [], [], undefined);
}

/**
 * What searches cost: the candidates compared in full, and the cells of their tables worked out. The
 * bounds change how much is worked out, never the answer: tests pin them by it. @internal
 */
export interface SuggestionWork {
  compared: number;
  cells: number;
}

/**
 * `distanceWithin`, with the table's two rows in lists the caller gives (and may give again): one
 * pair for all the candidates of a word, not a list per row of each.
 */
function distance(s: string, t: string, bound: number, rowA: number[], rowB: number[], work: SuggestionWork | undefined): number {
  const over = bound + 1;
  if (Math.abs(s.length - t.length) > bound) return over;
  let prev = rowA;
  let cur = rowB;
  for (let j = 0; j <= t.length; j++) prev[j] = j <= bound ? j : over;
  for (let i = 1; i <= s.length; i++) {
    // The band of row i: columns i - bound to i + bound; the cell just outside each end counts as over.
    const lo = Math.max(1, i - bound);
    const hi = Math.min(t.length, i + bound);
    cur[lo - 1] = lo === 1 && i <= bound ? i : over;
    let rowMin = cur[lo - 1];
    if (work) work.cells += hi - lo + 1;
    const c = s.charCodeAt(i - 1);
    for (let j = lo; j <= hi; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (c === t.charCodeAt(j - 1) ? 0 : 1));
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < t.length) cur[hi + 1] = over;
    if (rowMin > bound) return over;
    const done = prev;
    prev = cur;
    cur = done;
  }
  return Math.min(prev[t.length], over);
}

/** Kinds of characters whose counts bound the edit distance from below: a to z, 0 to 9, any other. */
const KINDS = 37;

function kindOf(code: number): number {
  if (code >= 97 && code <= 122) return code - 97;
  return code >= 48 && code <= 57 ? code - 22 : KINDS - 1;
}

/** How many of each kind of character a string has. */
function countKinds(s: string, into: Uint16Array, at: number): void {
  for (let i = 0; i < s.length; i++) into[at + kindOf(s.charCodeAt(i))]++;
}

/** Lexicographic neighbours of a word tried first: the closest candidate is most often among them. */
const NEIGHBOURS = 4;

/**
 * Lower-cased candidates prepared for many suggestions (a product's 613 actions, each unknown action of
 * a document asking): sorted, with the counts of each kind of character of each. A word is compared
 * first with its neighbours in sorted order, which most often holds the closest and so a low bound;
 * then a candidate is compared in full only when the bounds of the distance that cost little (the
 * difference in length, then in the counts of each kind of character) leave it a chance. The answer
 * is the naive search's: the first candidate at the smallest distance within a third of the word.
 * @internal
 */
export class SuggestionIndex {
  private readonly sorted: string[];
  private readonly places: number[];
  private readonly counts: Uint16Array;
  private readonly word = new Uint16Array(KINDS);
  /** The kinds of character the word has. */
  private readonly kinds: number[] = [];
  private readonly seen: Uint8Array;
  private readonly rowA: number[] = [];
  private readonly rowB: number[] = [];
  /** What its searches have cost so far. */
  public readonly work: SuggestionWork = { compared: 0, cells: 0 };

  constructor(private readonly candidates: readonly string[]) {
    this.places = candidates.map((_, i) => i).sort((a, b) => (candidates[a] < candidates[b] ? -1 : candidates[a] > candidates[b] ? 1 : a - b));
    this.sorted = this.places.map((i) => candidates[i]);
    this.counts = new Uint16Array(candidates.length * KINDS);
    candidates.forEach((c, i) => {
      countKinds(c, this.counts, i * KINDS);
    });
    this.seen = new Uint8Array(candidates.length);
  }

  /** The candidate closest to a lower-cased word, when it is close enough to be a slip; ties go to the first. */
  public closest(word: string): string | undefined {
    if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
    const { candidates, counts } = this;
    this.word.fill(0);
    countKinds(word, this.word, 0);
    const kinds = this.kinds;
    kinds.length = 0;
    for (let k = 0; k < KINDS; k++) if (this.word[k] > 0) kinds.push(k);
    let best = -1;
    let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
    const consider = (i: number) => {
      // What wins: a distance below the best's, or the same at an earlier place.
      const room = i < best ? bestDistance : bestDistance - 1;
      const c = candidates[i];
      if (Math.abs(c.length - word.length) > room) return;
      // Characters of the word the candidate lacks need an edit each, and so do those it has in excess:
      // as many as the first, less the difference in length (the counts sum to the lengths).
      let more = 0;
      const at = i * KINDS;
      for (const k of kinds) {
        const d = this.word[k] - counts[at + k];
        if (d > 0 && (more += d) > room) return;
      }
      if (more - word.length + c.length > room) return;
      this.work.compared++;
      const d = distance(word, c, room, this.rowA, this.rowB, this.work);
      if (d <= room) {
        best = i;
        bestDistance = d;
      }
    };
    // The word's place in sorted order, and its neighbours on each side.
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.sorted[mid] < word) lo = mid + 1;
      else hi = mid;
    }
    const first = Math.max(0, lo - NEIGHBOURS);
    const last = Math.min(this.sorted.length, lo + NEIGHBOURS);
    // Nearest first, one side then the other: the first found sets the bound the others are left by.
    for (let step = 0; step < 2 * NEIGHBOURS; step++) {
      const j = step % 2 === 0 ? lo - 1 - step / 2 : lo + (step - 1) / 2;
      if (j < first || j >= last) continue;
      this.seen[this.places[j]] = 1;
      consider(this.places[j]);
    }
    for (let i = 0; i < candidates.length; i++) if (this.seen[i] === 0) consider(i);
    for (let j = first; j < last; j++) this.seen[this.places[j]] = 0;
    return best < 0 ? undefined : candidates[best];
  }
}

/**
 * The lower-cased candidate closest to a lower-cased word, when it is close enough to be a slip: for
 * callers that keep their candidates lower-cased. Ties go to the first. A caller asking many words of
 * the same candidates keeps a `SuggestionIndex` of them. @internal
 */
export function closestLower(word: string, candidates: readonly string[]): string | undefined {
  return new SuggestionIndex(candidates).closest(word);
}

/** The candidate closest to `word` (case aside), when it is close enough to be a slip. @internal */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length > MAX_SUGGESTION_LENGTH) return undefined;
  const lower = candidates.map((c) => c.toLowerCase());
  // indexOf(undefined) is -1, and candidates[-1] undefined: no match gives none.
  return candidates[lower.indexOf(closestLower(word.toLowerCase(), lower) as string)];
}
