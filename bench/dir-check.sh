#!/usr/bin/env bash
# Cold-start throughput of `prism check DIR`, JVM start included: times one
# `./prism check DIR --format json` and prints resumes per second.
#
#   bench/dir-check.sh [N]                 N plain-text resumes made from the samples (default 100)
#   bench/dir-check.sh --pdf DIR [COPIES]  every PDF in DIR, linked COPIES times (default 1), so a
#                                          small corpus can stand for a large directory
#   RUNS=5 bench/dir-check.sh ...          repeat and report each run and the median
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/in"

if [[ ${1:-} == --pdf ]]; then
  src="$(cd "${2:?usage: bench/dir-check.sh --pdf DIR [COPIES]}" && pwd)"
  copies="${3:-1}"
  for ((c = 0; c < copies; c++)); do
    for f in "$src"/*.pdf; do
      ln -s "$f" "$dir/in/$c-$(basename "$f")"
    done
  done
else
  n="${1:-100}"
  sources=("$root/examples/weak-junior.txt" "$root/prism-core/src/test/resources/resumes/senior-strong.txt" "$root/examples/senior-backend.md")
  for ((i = 0; i < n; i++)); do
    s="${sources[$((i % ${#sources[@]}))]}"
    # Vary each copy a little so no two files are identical.
    sed "s/example.com/example$i.com/" "$s" > "$dir/in/resume-$i.${s##*.}"
  done
fi

"$root/prism" --version > /dev/null   # build first, outside the timing
runs="${RUNS:-1}"
rates=()
for ((r = 0; r < runs; r++)); do
  start=$(date +%s.%N)
  "$root/prism" check "$dir/in" --format json > "$dir/out.jsonl"
  end=$(date +%s.%N)
  lines=$(wc -l < "$dir/out.jsonl")
  rate=$(awk -v n="$lines" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }')
  rates+=("$rate")
  awk -v n="$lines" -v a="$start" -v b="$end" \
    'BEGIN { s = b - a; printf "checked %d resumes in %.2f s (%.0f resumes/s), cold start included\n", n, s, n / s }'
done
if ((runs > 1)); then
  printf '%s\n' "${rates[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "median of %d runs: %d resumes/s\n", NR, v[int((NR + 1) / 2)] }'
fi
