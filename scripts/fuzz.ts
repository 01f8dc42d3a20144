// Long fuzzing runs: npm run fuzz -- --seconds 600 [--seed N]. Exits 1 on the first failing input, printing it.
import { fuzz, maxMsFor } from '../test/fuzz/properties';

function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  const inline = process.argv.find((a) => a.startsWith(`--${name}=`));
  return inline ? inline.slice(name.length + 3) : i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(option('seconds') ?? 60);
const seedText = option('seed');
if (!Number.isFinite(seconds) || seconds <= 0) {
  console.error('usage: npm run fuzz -- --seconds N [--seed N]');
  process.exit(2);
}
const seed = seedText === undefined ? Date.now() % 2 ** 31 : Number(seedText);
console.log(`fuzz: ${seconds} s, seed ${seed}`);
try {
  let slow = 0;
  for (const { name, runs, slowest } of fuzz(seconds, seed)) {
    console.log(`  ${runs.toLocaleString('en-US')} inputs: ${name}`);
    if (!slowest) continue;
    const budget = maxMsFor(slowest.size);
    console.log(`    slowest: ${slowest.label}, ${Math.round(slowest.ms)} ms on ${slowest.size} characters (budget ${Math.round(budget)} ms)`);
    if (slowest.ms > budget) slow++;
  }
  // The time budget is checked here, not in npm test: a loaded CI machine must not fail a test.
  if (slow > 0) throw new Error(`fuzz: ${slow} properties had an input over its time budget (2 s + 2 ms per KB)`);
  console.log('fuzz: passed');
} catch (e) {
  console.error((e as Error).message);
  console.error(`fuzz: FAILED (seed ${seed})`);
  process.exit(1);
}
