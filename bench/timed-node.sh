#!/usr/bin/env bash
# Runs node so that the benchmark learns the child's own CPU time and peak RSS, in $BENCH_TIME_FILE
# as "elapsed_s user_s sys_s maxrss_kb": GNU time (the kernel's wait4 rusage of exactly this
# process) when it is installed, else the child reports process.resourceUsage() at exit.
# bash, not sh: dash drops variables such as INPUT_ORY-API-KEY (a runner's input names keep hyphens).
# $BENCH_NODE_ARGS (unquoted on purpose: space-separated node flags such as --cpu-prof) go before the script;
# Node 20 refuses --cpu-prof in NODE_OPTIONS.
if [ -x /usr/bin/time ]; then
  exec /usr/bin/time -f '%e %U %S %M' -o "$BENCH_TIME_FILE" "$BENCH_NODE" $BENCH_NODE_ARGS "$@"
fi
exec "$BENCH_NODE" --require "$(dirname "$0")/usage-probe.cjs" $BENCH_NODE_ARGS "$@"
