#!/usr/bin/env bash
# Load benchmark of the server (SPEC §7): text checks from loopback with wrk for 60 s, recording
# requests/s, latency percentiles, errors and resident memory into BENCHMARKS.md.
#
#   bench/load.sh [DURATION_SECONDS]      (needs wrk: apt-get install -y wrk)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
duration="${1:-60}"
connections="${PRISM_BENCH_CONNECTIONS:-8}"
jar="prism-cli/target/prism.jar"
command -v wrk >/dev/null || { echo "bench: wrk is not installed (apt-get install -y wrk)" >&2; exit 2; }
[[ -f $jar ]] || ./mvnw -q -B -DskipTests -pl prism-cli -am package

work="$(mktemp -d)"
server_pid=""
cleanup() {
  if [[ -n $server_pid ]]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

# The body: the sample senior resume, as the web page sends pasted text.
python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1]).read(), "level": "senior"}))' \
  examples/senior-backend.md > "$work/body.json"

# Small heap and a serial collector keep the footprint low; the work is short-lived garbage. Override with PRISM_BENCH_JVM.
read -r -a jvm_flags <<< "${PRISM_BENCH_JVM:--Xms96m -Xmx160m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=48m -XX:MaxMetaspaceSize=96m -XX:CICompilerCount=2}"
# Rate limits off: the benchmark is one client making thousands of checks.
XDG_DATA_HOME="$work/data" PRISM_CHECKS_PER_MINUTE=0 PRISM_HTTP_THREADS="${PRISM_HTTP_THREADS:-24}" \
  java "${jvm_flags[@]}" -jar "$jar" serve --host 127.0.0.1 --port 0 > "$work/server.out" 2> "$work/server.err" &
server_pid=$!
for _ in $(seq 100); do
  port="$(sed -n 's/^port \([0-9]*\)$/\1/p' "$work/server.out")"
  [[ -n $port ]] && break
  sleep 0.2
done
[[ -n ${port:-} ]] || { echo "bench: server did not start" >&2; cat "$work/server.err" >&2; exit 1; }
url="http://127.0.0.1:$port/api/v1/checks"
curl -fsS -o /dev/null -H 'Content-Type: application/json' --data @"$work/body.json" "$url"

export PRISM_BENCH_BODY="$work/body.json"
echo "bench: warming up for 15 s on port $port" >&2
wrk -t1 -c"$connections" -d15s -s bench/check.lua "$url" > /dev/null

# Sample resident memory once a second during the measured run.
( peak=0; while kill -0 "$server_pid" 2>/dev/null; do
    rss=$(awk '/VmRSS/ {print $2}' /proc/$server_pid/status 2>/dev/null || echo 0)
    (( rss > peak )) && peak=$rss && echo "$peak" > "$work/rss.peak"
    sleep 1
  done ) &
sampler=$!
echo "bench: measuring for $duration s" >&2
wrk -t1 -c"$connections" -d"${duration}s" --latency -s bench/check.lua "$url" | tee "$work/wrk.out" >&2
kill "$sampler" 2>/dev/null || true
hwm_kb=$(awk '/VmHWM/ {print $2}' /proc/$server_pid/status)
peak_kb=$(cat "$work/rss.peak" 2>/dev/null || echo 0)

rps=$(awk '/^Requests\/sec/ {print $2}' "$work/wrk.out")
p50=$(awk '$1 == "50%" {print $2}' "$work/wrk.out")
p99=$(awk '$1 == "99%" {print $2}' "$work/wrk.out")
total=$(awk '/requests in/ {print $1}' "$work/wrk.out")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$work/wrk.out"); non2xx=${non2xx:-0}
sockerr=$(awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}' "$work/wrk.out"); sockerr=${sockerr:-0}
load=$(cut -d" " -f1-3 /proc/loadavg)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)

section="$(cat <<MD
<!-- server-load:start -->
## Server load: text checks over HTTP

\`bench/load.sh $duration\` — $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $(java -version 2>&1 | head -1).
Server and load generator share the machine; load average at the end: $load. JVM: \`${jvm_flags[*]}\`; rate limits off
(\`PRISM_CHECKS_PER_MINUTE=0\`); H2 storage; wrk \`-t1 -c$connections -d${duration}s\` POSTing
\`examples/senior-backend.md\` as JSON to \`/api/v1/checks\` after a 15 s warm-up.

| measure | result | floor (SPEC §7) |
|---|---|---|
| requests/s | $rps | ≥ 500 |
| latency p50 | $p50 | |
| latency p99 | $p99 | ≤ 50 ms |
| requests | $total | |
| errors (non-2xx + socket) | $((non2xx + sockerr)) | 0 |
| resident memory, peak sampled (VmRSS) | $((peak_kb / 1024)) MB | ≤ 300 MB |
| resident memory, high-water mark (VmHWM) | $((hwm_kb / 1024)) MB | |
<!-- server-load:end -->
MD
)"
touch BENCHMARKS.md
python3 - "$section" <<'PY'
import re, sys
path = "BENCHMARKS.md"
text = open(path).read()
section = sys.argv[1]
pattern = re.compile(r"<!-- server-load:start -->.*?<!-- server-load:end -->", re.S)
if pattern.search(text):
    text = pattern.sub(lambda m: section, text)
else:
    if not text.strip():
        text = "# Benchmarks\n"
    text = text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
echo "bench: $rps req/s, p50 $p50, p99 $p99, errors $((non2xx + sockerr)), RSS peak $((peak_kb / 1024)) MB (BENCHMARKS.md updated)" >&2
