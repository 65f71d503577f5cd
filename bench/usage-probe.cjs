// Fallback of timed-node.sh when GNU time is missing: the child writes its own resource usage
// at exit, in GNU time's "%e %U %S %M" form (seconds, seconds, seconds, KiB).
'use strict';
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  const usage = process.resourceUsage();
  const line = [process.uptime(), usage.userCPUTime / 1e6, usage.systemCPUTime / 1e6, usage.maxRSS].join(' ');
  if (process.env.BENCH_TIME_FILE) writeFileSync(process.env.BENCH_TIME_FILE, line + '\n');
});
