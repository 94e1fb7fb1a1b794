#!/usr/bin/env bash
# Several nodes, tested as they will run (issue 15): three `prism serve` nodes on one PostgreSQL,
# behind HAProxy, all from this machine's packages and all on loopback. Drives text checks, saved
# checks and comments through the balancer while it
#   (a) kills one node with SIGKILL and starts it again, then
#   (b) restarts PostgreSQL (stopped for a few seconds, then started),
# and afterwards reads every saved report and comment that was answered 201 from every node.
# Prints requests/s, p50/p99 and errors by kind per phase, and records them in BENCHMARKS.md.
#
#   bench/cluster.sh [PHASE]         seconds of steady load before, between and after the faults
#                                    (default 20); a killed node is restarted after 5 s, PostgreSQL
#                                    after 5 s, and each phase lasts until every node is ready again
#
# Needs Debian's postgresql and haproxy (installed here with apt-get when missing). Everything runs
# at nice 19: the machine is shared.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
phase="${1:-20}"
threads="${PRISM_BENCH_THREADS:-8}"
jar="prism-cli/target/prism.jar"

pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)"
if [[ -z $pgbin ]] || ! command -v haproxy >/dev/null; then
  echo "cluster: installing postgresql and haproxy (Debian packages)" >&2
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql haproxy >/dev/null
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
fi
[[ -f $jar ]] || ./mvnw -q -B -ntp -DskipTests -pl prism-cli -am package

work="$(mktemp -d)"
chmod 755 "$work"
pids=()
pg_user=postgres
id "$pg_user" >/dev/null 2>&1 || pg_user=nobody
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u "$pg_user" -- "$@"; else "$@"; fi; }
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [[ -n ${haproxy_pid:-} ]] && kill "$haproxy_pid" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }
pg_port=$(free_port)
lb_port=$(free_port)
node_ports=($(free_port) $(free_port) $(free_port))

# PostgreSQL: its own cluster in the scratch directory, trust on loopback only.
mkdir -p "$work/pg" "$work/pgsock"
chown "$pg_user" "$work/pg" "$work/pgsock" 2>/dev/null || true
as_pg "$pgbin/initdb" -D "$work/pg" -U prism --auth=trust -E UTF8 >/dev/null
pg_start() {
  as_pg nice -n 19 "$pgbin/pg_ctl" -D "$work/pg" -l "$work/pgsock/postgres.log" -w \
    -o "-p $pg_port -k $work/pgsock -c listen_addresses=127.0.0.1 -c max_connections=100 -c fsync=on" start >/dev/null
}
pg_start
as_pg "$pgbin/createdb" -h 127.0.0.1 -p "$pg_port" -U prism prism

# Three nodes, each on its own loopback port, trusting the balancer's X-Forwarded-For.
read -r -a jvm_flags <<< "${PRISM_BENCH_JVM:--Xms96m -Xmx192m -XX:+UseSerialGC -Xss512k -XX:ReservedCodeCacheSize=48m -XX:CICompilerCount=2}"
start_node() {
  local i=$1
  XDG_DATA_HOME="$work/data$i" PRISM_DB_USER=prism PRISM_TRUSTED_PROXIES=127.0.0.1 PRISM_CHECKS_PER_MINUTE=100000 \
    PRISM_POSTS_PER_MINUTE=100000 PRISM_HTTP_THREADS=32 \
    nice -n 19 java "${jvm_flags[@]}" -jar "$jar" serve --host 127.0.0.1 --port "${node_ports[$i]}" \
    --db "jdbc:postgresql://127.0.0.1:$pg_port/prism" >> "$work/node$i.out" 2>> "$work/node$i.err" &
  pids[$i]=$!
}
wait_ready() {
  # Slow on a busy shared machine at nice 19: a restarting JVM may need minutes.
  for _ in $(seq 1200); do
    curl -fsS -o /dev/null "http://127.0.0.1:$1/readyz" 2>/dev/null && return 0
    sleep 0.25
  done
  echo "cluster: nothing ready on port $1" >&2
  return 1
}
for i in 0 1 2; do start_node "$i"; done
for i in 0 1 2; do wait_ready "${node_ports[$i]}"; done

# HAProxy: round robin, health from /readyz, a request that found no connection retried on another
# node. When no node is ready (the database is down), HAProxy's own 503 is a problem document too.
body='{"type":"/problems/no-node-ready","title":"No node ready","status":503,"detail":"no server node is ready; try again in a moment"}'
printf 'HTTP/1.0 503 Service Unavailable\r\nContent-Type: application/problem+json\r\nRetry-After: 5\r\nCache-Control: no-store\r\nContent-Length: %s\r\nConnection: close\r\n\r\n%s' \
  "${#body}" "$body" > "$work/503.http"
cat > "$work/haproxy.cfg" <<CFG
global
  maxconn 512
defaults
  mode http
  timeout connect 1s
  timeout client 30s
  timeout server 30s
  retries 2
  option redispatch
  option forwardfor
  option http-server-close
  timeout check 5s
  errorfile 503 $work/503.http
frontend prism
  bind 127.0.0.1:$lb_port
  default_backend nodes
backend nodes
  balance roundrobin
  option httpchk GET /readyz
  http-check expect status 200
  # Tolerant of slow answers: on a busy shared machine a healthy node can take seconds to answer.
  default-server inter 1s fall 3 rise 2
  server n0 127.0.0.1:${node_ports[0]} check
  server n1 127.0.0.1:${node_ports[1]} check
  server n2 127.0.0.1:${node_ports[2]} check
CFG
nice -n 19 haproxy -f "$work/haproxy.cfg" -db > "$work/haproxy.log" 2>&1 &
haproxy_pid=$!
wait_ready "$lb_port"

# Warm the JIT of every node before measuring.
cp examples/senior-backend.md "$work/resume.txt"
python3 -c 'import json,sys; print(json.dumps({"text": open(sys.argv[1]).read()}))' "$work/resume.txt" > "$work/check.json"
for i in 0 1 2; do
  for _ in $(seq 40); do
    curl -fsS -o /dev/null -H 'Content-Type: application/json' --data @"$work/check.json" \
      "http://127.0.0.1:${node_ports[$i]}/api/v1/checks" || true
  done
done

echo "cluster: load through 127.0.0.1:$lb_port ($threads client threads), phases of $phase s" >&2
nice -n 19 java bench/ClusterLoad.java load "http://127.0.0.1:$lb_port" 3600 "$threads" "$work/resume.txt" "$work/requests.log" &
load_pid=$!
mark() { echo "$(date +%s%3N) $1" >> "$work/events.log"; echo "cluster: $1" >&2; }
sleep 3
mark "start"
sleep "$phase"
kill -9 "${pids[1]}"; mark "node1-killed"
sleep 5
start_node 1; mark "node1-starting"
wait_ready "${node_ports[1]}"; mark "node1-ready"
sleep "$phase"
as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast -w stop >/dev/null; mark "pg-stopped"
sleep 5
pg_start; mark "pg-started"
for i in 0 1 2; do wait_ready "${node_ports[$i]}"; done; mark "all-ready"
sleep "$phase"
mark "end"
touch "$work/requests.log.stop"
wait "$load_pid"

verify_out="$(java bench/ClusterLoad.java verify "$work/requests.log" "http://127.0.0.1:${node_ports[0]}" \
  "http://127.0.0.1:${node_ports[1]}" "http://127.0.0.1:${node_ports[2]}")" && verified=ok || verified=LOSS
echo "$verify_out" >&2

summary="$(python3 - "$work/requests.log" "$work/events.log" <<'PY'
import sys, collections
reqs = [l.split() for l in open(sys.argv[1]) if l.strip()]
events = [l.split() for l in open(sys.argv[2]) if l.strip()]
ev = {name: int(t) for t, name in events}
phases = [
  ("steady, three nodes", ev["start"], ev["node1-killed"]),
  ("node 1 killed (SIGKILL) until ready again", ev["node1-killed"], ev["node1-ready"]),
  ("three nodes again", ev["node1-ready"], ev["pg-stopped"]),
  ("PostgreSQL stopped (5 s) until every node ready", ev["pg-stopped"], ev["all-ready"]),
  ("after recovery", ev["all-ready"], ev["end"]),
  ("whole run", ev["start"], ev["end"]),
]
def pct(v, p):
  v = sorted(v)
  return v[min(len(v) - 1, int(p / 100 * len(v)))] if v else 0
print("| phase | seconds | requests | requests/s | p50 | p99 | 2xx | errors by kind |")
print("|---|---|---|---|---|---|---|---|")
for name, a, b in phases:
  rs = [r for r in reqs if a <= int(r[0]) - int(r[3]) < b]
  secs = max(0.001, (b - a) / 1000)
  ok = [r for r in rs if r[2].startswith("2")]
  errs = collections.Counter(r[1] + " " + r[2] for r in rs if not r[2].startswith("2"))
  lat = [int(r[3]) for r in rs]
  kinds = ", ".join(f"{k} x{n}" for k, n in sorted(errs.items())) or "none"
  print(f"| {name} | {secs:.1f} | {len(rs)} | {len(rs) / secs:.0f} | {pct(lat, 50)} ms | {pct(lat, 99)} ms | {len(ok)} | {kinds} |")
saves = sum(1 for r in reqs if r[1] == "save" and r[2] == "201")
comments = sum(1 for r in reqs if r[1] == "comment" and r[2] == "201")
print(f"\nAnswered 201: {saves} saved reports, {comments} comments.")
PY
)"
echo "$summary"

load=$(cut -d" " -f1-3 /proc/loadavg)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
section="$(cat <<MD
<!-- cluster:start -->
## Three nodes behind HAProxy: a node killed, PostgreSQL restarted

\`bench/cluster.sh $phase\` — $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $mem, $(java -version 2>&1 | head -1),
$("$pgbin/postgres" --version), $(haproxy -v | head -1 | cut -d' ' -f1-3); load average at the end: $load. Everything
on loopback and at nice 19, on a machine shared with other builds. Three nodes (\`${jvm_flags[*]}\`), one PostgreSQL, HAProxy
round robin with \`/readyz\` checks every second (down after 3 failures, up after 2 successes, 5 s check timeout), \`retries 2\`, \`option redispatch\`
and a problem document as its own 503; $threads client threads POST text checks (80%),
saved checks (10%) and comments (10%) of \`examples/senior-backend.md\`. After $phase s node 1 is killed with SIGKILL and started
again 5 s later; $phase s after it is ready, PostgreSQL is stopped for 5 s and started again; $phase s after every node is ready
again the load stops. Latency is per request, as the client saw it; a request counts in the phase in which it started.

$summary

Read back afterwards from each node directly (\`verify\`: every report and comment answered 201): **$verified**
\`\`\`
$verify_out
\`\`\`
<!-- cluster:end -->
MD
)"
if [[ ${CLUSTER_RECORD:-1} == 1 ]]; then
  python3 - "$section" <<'PY'
import re, sys
path = "BENCHMARKS.md"
text = open(path).read()
section = sys.argv[1]
pattern = re.compile(r"<!-- cluster:start -->.*?<!-- cluster:end -->", re.S)
text = pattern.sub(lambda m: section, text) if pattern.search(text) else text.rstrip("\n") + "\n\n" + section + "\n"
open(path, "w").write(text)
PY
fi
[[ $verified == ok ]]
