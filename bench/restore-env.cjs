// Loaded first in a child that runs under valgrind (bench/timed-node.sh): valgrind drops environment
// variables whose names hold a '-', and a runner's inputs do (INPUT_ORY-API-KEY). The wrapper hands
// them over in BENCH_HYPHENATED_ENV (base64 of NAME=value entries separated by NUL); they are put back here.
'use strict';
const packed = process.env.BENCH_HYPHENATED_ENV;
if (packed) {
  for (const entry of Buffer.from(packed, 'base64').toString('utf8').split('\0')) {
    const at = entry.indexOf('=');
    if (at > 0) process.env[entry.slice(0, at)] = entry.slice(at + 1);
  }
  delete process.env.BENCH_HYPHENATED_ENV;
}
