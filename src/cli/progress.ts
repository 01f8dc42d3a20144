// A progress line for long runs: on a terminal only, after the first seconds, at most a few times a
// second, and cleared when the run ends. Never in JSON or SARIF runs, never when stderr is a pipe.

/** How a progress line is written and timed; a test gives its own clock. @internal */
export interface ProgressOptions {
  /** Writes to the terminal (stderr). */
  readonly write: (text: string) => void;
  /** Milliseconds, increasing. @default Date.now */
  readonly now?: () => number;
  /** Nothing is shown before this many milliseconds. @default 2000 */
  readonly after?: number;
  /** At most one line per this many milliseconds. @default 200 */
  readonly every?: number;
}

/** A run's progress: files read of all, policies found, time taken. @internal */
export class Progress {
  private readonly now: () => number;
  private readonly start: number;
  private last = -Infinity;
  private shown = false;

  /** A progress line when stderr is a terminal and the output is for people; else one that shows nothing. */
  public static of(terminal: boolean, format: string, write: (text: string) => void): Progress | undefined {
    return terminal && format !== 'json' && format !== 'sarif' ? new Progress({ write }) : undefined;
  }

  public constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? Date.now;
    this.start = this.now();
  }

  /** Where the run is: `files` of `total` read, and `policies` found so far where the run counts them. */
  public tick(files: number, total: number, policies?: number): void {
    const t = this.now();
    const elapsed = t - this.start;
    if (elapsed < (this.options.after ?? 2000) || t - this.last < (this.options.every ?? 200)) return;
    this.last = t;
    this.shown = true;
    this.options.write(`\r\x1b[Ktcam: ${files.toLocaleString('en-US')}/${total.toLocaleString('en-US')} files, ${policies === undefined ? '' : `${policies.toLocaleString('en-US')} ${policies === 1 ? 'policy' : 'policies'}, `}${(elapsed / 1000).toFixed(1)} s`);
  }

  /** Clears the line, if one was shown. */
  public done(): void {
    if (this.shown) this.options.write('\r\x1b[K');
    this.shown = false;
  }
}
