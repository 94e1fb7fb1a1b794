#!/usr/bin/env bash
# Cold-start throughput of `prism check DIR`: makes N plain-text resumes (variations of the
# samples in examples/ and prism-core's test resources), then times one `./prism check DIR
# --format json` over them, JVM start included. Usage: bench/dir-check.sh [N] (default 100).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-100}"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT

sources=("$root/examples/weak-junior.txt" "$root/prism-core/src/test/resources/resumes/senior-strong.txt" "$root/examples/senior-backend.md")
for ((i = 0; i < n; i++)); do
  src="${sources[$((i % ${#sources[@]}))]}"
  # Vary each copy a little so no two files are identical.
  sed "s/example.com/example$i.com/" "$src" > "$dir/resume-$i.${src##*.}"
done

"$root/prism" --version > /dev/null   # build first, outside the timing
start=$(date +%s.%N)
"$root/prism" check "$dir" --format json > "$dir/out.jsonl"
end=$(date +%s.%N)
lines=$(wc -l < "$dir/out.jsonl")
awk -v n="$lines" -v a="$start" -v b="$end" \
  'BEGIN { s = b - a; printf "checked %d resumes in %.2f s (%.0f resumes/s), cold start included\n", n, s, n / s }'
