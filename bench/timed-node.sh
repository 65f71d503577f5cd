#!/usr/bin/env bash
# Runs node so that the benchmark learns the child's own CPU time and peak RSS, in $BENCH_TIME_FILE
# as "elapsed_s user_s sys_s maxrss_kb": GNU time (the kernel's wait4 rusage of exactly this
# process) when it is installed, else the child reports process.resourceUsage() at exit.
# bash, not sh: dash drops variables such as INPUT_ORY-API-KEY (a runner's input names keep hyphens).
# $BENCH_NODE_ARGS (unquoted on purpose: space-separated node flags such as --cpu-prof) go before the script;
# Node 20 refuses --cpu-prof in NODE_OPTIONS.
# $BENCH_VALGRIND_LOG: count instructions instead (npm run bench -- --instructions): callgrind writes its
# totals there; CPU and memory figures are not taken for such a run.
HERE="$(cd "$(dirname "$0")" && pwd)"
if [ -n "$BENCH_VALGRIND_LOG" ]; then
  # valgrind drops variables whose names hold '-' (INPUT_ORY-API-KEY): bench/restore-env.cjs puts them back
  BENCH_HYPHENATED_ENV="$(env -0 | grep -z '^[^=]*-[^=]*=' | base64 -w0)"
  export BENCH_HYPHENATED_ENV
  exec valgrind --tool=callgrind --callgrind-out-file=/dev/null --log-file="$BENCH_VALGRIND_LOG" \
    "$BENCH_NODE" --require "$HERE/restore-env.cjs" $BENCH_NODE_ARGS "$@"
fi
if [ -x /usr/bin/time ]; then
  exec /usr/bin/time -f '%e %U %S %M' -o "$BENCH_TIME_FILE" "$BENCH_NODE" $BENCH_NODE_ARGS "$@"
fi
exec "$BENCH_NODE" --require "$HERE/usage-probe.cjs" $BENCH_NODE_ARGS "$@"
