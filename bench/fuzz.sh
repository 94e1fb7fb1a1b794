#!/usr/bin/env bash
# Long fuzzing runs (issue 15): every reader and the job-description parser under Jazzer's
# standalone driver, seeded with the project's own seeds and, when it is beside the project, the
# shared corpus (read in place, never copied into the repository). Records inputs run, inputs/s,
# crashes, hangs and out-of-memory findings per target into BENCHMARKS.md.
#
#   bench/fuzz.sh HOURS [TARGET...]    HOURS of wall time shared evenly by the targets (default: all)
#   RUNS=N bench/fuzz.sh HOURS ...     stop each target after N inputs as well
#   FUZZ_RECORD=0 bench/fuzz.sh ...    print the table without adding it to BENCHMARKS.md
#
# Targets: Pdf Docx Latex Markdown Html Text JsonResume JobDescription. Runs at nice 19 on one core per
# target, one target at a time. Findings (crash-*, timeout-*, oom-*) are kept in bench/fuzz-findings/.
# What one input costs a target without the fuzzer, to tell a slow product from a slow harness:
# dev.prism.fuzz.Cost (prism-fuzz's test sources; BENCHMARKS.md, "Fuzzing", shows the command).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
hours="${1:?usage: bench/fuzz.sh HOURS [TARGET...]}"
shift
targets=("$@")
((${#targets[@]})) || targets=(Pdf Docx Latex Markdown Html Text JsonResume JobDescription)
seconds=$(awk -v h="$hours" -v n="${#targets[@]}" 'BEGIN { s = int(h * 3600 / n); print (s < 1 ? 1 : s) }')

./mvnw -q -B -ntp -DskipTests -pl prism-fuzz -am test-compile
./mvnw -q -B -ntp -pl prism-fuzz dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/fuzz.classpath

corpus=../shared/corpus
declare -A shared=(
  [Pdf]="pdf matrix real" [Docx]="matrix real" [Latex]="latex real" [Markdown]="real matrix" [Html]="real"
  [Text]="real jd" [JsonResume]="jsonresume other" [JobDescription]="jd jd-real")
# Inputs longer than this are cut: long inputs cost time per run and say little more to the fuzzer.
declare -A maxlen=([Pdf]=32768 [Docx]=32768 [Latex]=8192 [Markdown]=8192 [Html]=8192 [Text]=8192 [JsonResume]=8192 [JobDescription]=8192)
declare -A constant=([Pdf]=PDF [Docx]=DOCX [Latex]=LATEX [Markdown]=MARKDOWN [Html]=HTML [Text]=TEXT [JsonResume]=JSON_RESUME
  [JobDescription]=JOB_DESCRIPTION)
declare -A method=([Pdf]=pdf [Docx]=docx [Latex]=latex [Markdown]=markdown [Html]=html [Text]=text [JsonResume]=jsonResume
  [JobDescription]=jobDescription)

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# A copy of the classes, so a build in this tree during a run of hours cannot change what runs.
for m in prism-fuzz/target/test-classes prism-ingest/target/classes prism-core/target/classes; do
  mkdir -p "$work/classes/$m" && cp -r "$m/." "$work/classes/$m/"
done
cp="$work/classes/prism-fuzz/target/test-classes:$work/classes/prism-ingest/target/classes:$work/classes/prism-core/target/classes"
cp="$cp:$(cat prism-fuzz/target/fuzz.classpath)"
findings="$root/bench/fuzz-findings"
mkdir -p "$findings"
rows=()
for t in "${targets[@]}"; do
  [[ -n ${method[$t]:-} ]] || { echo "fuzz: unknown target $t" >&2; exit 2; }
  cls="${t}FuzzTest"
  mkdir -p "$work/$t/corpus" "$work/$t/findings"
  seeds=("prism-fuzz/src/test/resources/dev/prism/fuzz/${cls}Inputs/${method[$t]}")
  if [[ -d $corpus ]]; then
    for d in ${shared[$t]}; do [[ -d $corpus/$d ]] && seeds+=("$corpus/$d"); done
  fi
  runs=()
  [[ -n ${RUNS:-} ]] && runs=("-runs=$RUNS")
  echo "fuzz: $cls for $seconds s, seeds: ${seeds[*]}" >&2
  start=$(date +%s)
  # The first corpus directory is where libFuzzer writes new inputs: the scratch one, not the seeds.
  # Left uninstrumented: the lookup tables (the term vocabulary, PDFBox's glyph-name lists). On
  # every miss in a HashMap, Jazzer's map hook walks all the map's keys for the nearest one, so a
  # word looked up in a vocabulary of thousands cost thousands of comparisons: half the time of the
  # job-description and PDF targets went there, and a table lookup has no branches worth covering.
  # Regex roadblocks are off too: they trace every step of every regular expression (the
  # job-description parser is mostly regular expressions) for a 1.7 times lower rate; the seeds are
  # real documents that already pass them. Library logging is off: POI logs a stack trace at ERROR for
  # about one broken DOCX in five, 120 MB of log in 20 minutes that said nothing the findings do not.
  set +e
  nice -n 19 java -Xmx1g -XX:+UseSerialGC -Dorg.apache.logging.log4j.simplelog.level=OFF -Dorg.apache.logging.log4j.simplelog.StatusLogger.level=OFF \
    -Dprism.fuzz.target="${constant[$t]}" -cp "$cp" com.code_intelligence.jazzer.Jazzer \
    --target_class=dev.prism.fuzz.Standalone \
    --instrumentation_includes='dev.prism.**:org.apache.pdfbox.**:org.apache.fontbox.**:org.apache.poi.**:com.fasterxml.jackson.**' \
    --instrumentation_excludes='dev.prism.core.vocab.**:org.apache.pdfbox.pdmodel.font.encoding.**' \
    --disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks \
    --keep_going=1000 -max_total_time="$seconds" "${runs[@]}" -max_len="${maxlen[$t]}" -timeout=10 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$work/$t/findings/" "$work/$t/corpus" "${seeds[@]}" > "$work/$t/log" 2>&1
  status=$?
  set -e
  end=$(date +%s)
  inputs=$(sed -n 's/^Done \([0-9]*\) runs in.*/\1/p' "$work/$t/log" | tail -1)
  [[ -n $inputs ]] || inputs=$(sed -n 's/^stat::number_of_executed_units: *\([0-9]*\).*/\1/p' "$work/$t/log" | tail -1)
  inputs=${inputs:-0}
  crashes=$(find "$work/$t/findings" -name 'crash-*' | wc -l)
  hangs=$(find "$work/$t/findings" -name 'timeout-*' | wc -l)
  ooms=$(find "$work/$t/findings" -name 'oom-*' | wc -l)
  cp -r "$work/$t/findings/." "$findings/" 2>/dev/null || true
  cp "$work/$t/log" "$findings/$t.log"
  rate=$(awk -v n="$inputs" -v s="$((end - start))" 'BEGIN { printf "%.0f", (s > 0 ? n / s : 0) }')
  echo "fuzz: $cls: $inputs inputs in $((end - start)) s ($rate/s), crashes $crashes, hangs $hangs, out of memory $ooms (exit $status)" >&2
  rows+=("| $t | $inputs | $((end - start)) s | $rate | $crashes | $hangs | $ooms |")
done

load=$(cut -d" " -f1-3 /proc/loadavg)
cpu=$(awk -F': ' '/model name/ {print $2; exit}' /proc/cpuinfo)
mem=$(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo)
section="$(cat <<MD
<!-- fuzz:$(date -u +%Y%m%dT%H%M%S):start -->
\`bench/fuzz.sh $hours ${targets[*]}\`${RUNS:+ with RUNS=$RUNS} — $(date -u +%Y-%m-%d), $(nproc) cores ($cpu), $mem, $(java -version 2>&1 | head -1),
load average at the end $load (the machine is shared; the fuzzer runs at nice 19). Seeds: the project's own, plus
\`../shared/corpus\` $([[ -d $corpus ]] && echo "(present)" || echo "(absent)").

| target | inputs | time | inputs/s | crashes | hangs (> 10 s) | out of memory |
|---|---|---|---|---|---|---|
$(printf '%s\n' "${rows[@]}")
<!-- fuzz:end -->
MD
)"
printf '%s\n' "$section"
if [[ ${FUZZ_RECORD:-1} == 1 ]]; then
  printf '\n%s\n' "$section" >> BENCHMARKS.md
fi
