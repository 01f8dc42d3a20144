/**
 * The cells of a set of wildcard patterns: one string for each combination of patterns that some
 * string matches all of (and no other), found by walking the product of the patterns' automata.
 * What the access reasoner (`reason.ts`) decides "over all requests" with: two strings of one cell
 * are matched by the same patterns, so every statement treats them alike.
 * @internal
 */

/** One step of a pattern: a character from `chars`, or a run of any characters but `stop` (a star). */
export type Step = { readonly chars: string } | { readonly star: true; readonly stop: string };

/** A pattern: matched when one of its branches matches; a branch may hold only in one regime of the domain. */
export interface Pattern {
  readonly branches: ReadonlyArray<{ readonly steps: readonly Step[]; readonly regime?: number }>;
}

/** The strings a dimension allows (an action's form, a resource): a small automaton over characters. */
export interface Domain {
  readonly start: number;
  /** The next state, or -1 when no string of the domain goes on so. */
  step(state: number, ch: string): number;
  accepts(state: number): boolean;
  /** Which branches count in a state (`Pattern` branch `regime`); undefined: every branch. */
  regime?(state: number): number;
  /** Characters no pattern names that the domain allows, tried where every named one fails (one is enough when the domain treats them alike). */
  readonly fresh: readonly string[];
}

/**
 * The steps one question of the reasoner may take, shared by every part of it (cells, pairs of
 * cells, requests): past them its answer is unknown, never guessed. Wildcards whose combinations
 * multiply (`*a*1*`, `*a*2*`, ...) have exponentially many cells; an allowance proportional to the
 * input keeps the time linear in it. `spent` is what a test pins, where a time would be flaky.
 */
export class Work {
  private used = 0;

  constructor(private limit: number) {}

  /** The steps it may take in all. */
  public get allowance(): number {
    return this.limit;
  }

  /** Adds `n` steps to the allowance (a question of a larger input). */
  public grant(n: number): void {
    this.limit += n;
  }

  /** Takes `n` steps, or none and false when fewer are left. */
  public spend(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }

  /** The steps taken so far. */
  public get spent(): number {
    return this.used;
  }
}

/** A string and the indexes of the patterns it matches. */
export interface Cell {
  readonly text: string;
  readonly matched: readonly number[];
}

/** Star steps from the pattern text: `*` is a run of anything but `stop`; other characters are themselves (both cases when `ignoreCase`). */
export function globSteps(pattern: string, stop: string, ignoreCase: boolean): Step[] {
  const out: Step[] = [];
  for (const ch of pattern) {
    if (ch === '*') {
      if (!(out.length > 0 && 'star' in out[out.length - 1])) out.push({ star: true, stop });
    } else {
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      out.push({ chars: ignoreCase && lower !== upper ? lower + upper : ch });
    }
  }
  return out;
}

/**
 * Every cell of the patterns within the domain, one string each (the shortest the walk meets), or
 * undefined when the walk would take more steps than `work` has left (a step: one live position of
 * a state tried with one character): the caller then says it cannot decide, never guesses.
 */
export function cellsOf(patterns: readonly Pattern[], domain: Domain, work: Work): Cell[] | undefined {
  // A position: pattern, branch and step index, packed into one number.
  const branchBase: number[][] = [];
  const steps: Array<readonly Step[]> = [];
  const owner: number[] = [];
  const regimeOf: Array<number | undefined> = [];
  for (let p = 0; p < patterns.length; p++) {
    branchBase.push([]);
    for (const b of patterns[p].branches) {
      branchBase[p].push(steps.length);
      steps.push(b.steps);
      owner.push(p);
      regimeOf.push(b.regime);
    }
  }
  const STRIDE = 1 + Math.max(0, ...steps.map((s) => s.length));
  const closure = (into: Set<number>, branch: number, at: number) => {
    const s = steps[branch];
    let i = at;
    for (;;) {
      into.add(branch * STRIDE + i);
      if (i < s.length && 'star' in s[i]) i++;
      else break;
    }
  };
  const initial = new Set<number>();
  for (let b = 0; b < steps.length; b++) closure(initial, b, 0);

  const cells = new Map<string, Cell>();
  const seen = new Set<string>();
  type State = { readonly dom: number; readonly alive: number[]; readonly text: string };
  const keyOf = (dom: number, alive: number[]) => `${dom}|${alive.join(',')}`;
  const first: State = { dom: domain.start, alive: [...initial].sort((a, b) => a - b), text: '' };
  seen.add(keyOf(first.dom, first.alive));
  let queue: State[] = [first];
  while (queue.length > 0) {
    const next: State[] = [];
    for (const state of queue) {
      if (domain.accepts(state.dom)) {
        const regime = domain.regime?.(state.dom);
        const matched = new Set<number>();
        for (const pos of state.alive) {
          const b = Math.floor(pos / STRIDE);
          if (pos % STRIDE === steps[b].length && (regimeOf[b] === undefined || regimeOf[b] === regime)) matched.add(owner[b]);
        }
        const list = [...matched].sort((a, b) => a - b);
        const key = list.join(',');
        if (!cells.has(key)) cells.set(key, { text: state.text, matched: list });
      }
      // The characters worth trying: those a live step names or a live star stops at, and the fresh ones.
      const named = new Set<string>();
      for (const pos of state.alive) {
        const b = Math.floor(pos / STRIDE);
        const step = steps[b][pos % STRIDE];
        if (step === undefined) continue;
        for (const ch of 'star' in step ? step.stop : step.chars) named.add(ch);
      }
      const tried = new Set<number>();
      const candidates = [...named, ...domain.fresh.filter((c) => !named.has(c))];
      if (!work.spend((1 + state.alive.length) * candidates.length)) return undefined;
      for (const ch of candidates) {
        const dom = domain.step(state.dom, ch);
        if (dom < 0) continue;
        // Of the characters no live step names, one per domain state is enough: they move every pattern alike.
        if (!named.has(ch)) {
          if (tried.has(dom)) continue;
          tried.add(dom);
        }
        const alive = new Set<number>();
        for (const pos of state.alive) {
          const b = Math.floor(pos / STRIDE);
          const i = pos % STRIDE;
          const step = steps[b][i];
          if (step === undefined) continue;
          if ('star' in step) {
            if (!step.stop.includes(ch)) closure(alive, b, i);
          } else if (step.chars.includes(ch)) {
            closure(alive, b, i + 1);
          }
        }
        const sorted = [...alive].sort((a, b) => a - b);
        const key = keyOf(dom, sorted);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({ dom, alive: sorted, text: state.text + ch });
      }
    }
    queue = next;
  }
  return [...cells.values()];
}
