// Preloaded with --require: writes the process's peak RSS (KiB) to $TCAM_BENCH_RSS_FILE at exit.
const { writeFileSync } = require('fs');
process.on('exit', () => {
  if (process.env.TCAM_BENCH_RSS_FILE) writeFileSync(process.env.TCAM_BENCH_RSS_FILE, String(process.resourceUsage().maxRSS));
});
