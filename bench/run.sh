#!/usr/bin/env bash
# bench/run.sh: factlint against Vale 3 and wc -w on real news, at two sizes.
#
# Builds corpora of N real articles (default 2000 and 20000) from ECB+,
# TempEval-3 and PolNeAR (../shared/data, or $DATA), then times, in one run
# on one machine:
#   wc -w                               the floor: reading the words
#   factlint check --format json        everything factlint does
#   vale --output JSON                  Vale 3, built-in style plus bench/vale's house style
# with /usr/bin/time -v (median of $REPEAT runs, default 3), and reports wall
# time, CPU time, words of prose per CPU-second, peak memory, and the ratios
# the project's goals are stated in.
#
# usage: bench/run.sh [N ...]          e.g. bench/run.sh 2000 20000
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
data=${DATA:-$root/../shared/data}
repeat=${REPEAT:-3}
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(2000 20000)
work=${WORK:-$(mktemp -d /tmp/factlint-bench.XXXXXX)}
mkdir -p "$work"

[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time is needed (Debian: apt-get install time)" >&2; exit 2; }
[ -d "$data" ] || { echo "bench: no data at $data (set DATA)" >&2; exit 2; }

echo "building factlint" >&2
go build -o "$work/factlint" ./cmd/factlint
vale=$(go env GOPATH)/bin/vale
# go install leaves "vale version master"; the module version is in the binary.
if ! go version -m "$vale" 2>/dev/null | grep -q 'github.com/vale-cli/vale/v3[[:space:]]*v3\.21\.0'; then
  echo "installing Vale v3.21.0 with go install" >&2
  go install github.com/vale-cli/vale/v3/cmd/vale@v3.21.0
fi

# measure LABEL CMD...: median wall, CPU and peak memory of REPEAT runs.
measure() {
  local label=$1; shift
  local runs=()
  for _ in $(seq "$repeat"); do
    /usr/bin/time -v -o "$work/time.txt" "$@" > "$work/out.txt" 2> "$work/err.txt" || true
    runs+=("$(awk -F': ' '
      /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
      /User time/ { u = $2 } /System time/ { s = $2 } /Maximum resident/ { m = $2 }
      END { printf "%.3f %.3f %d\n", w, u + s, m }' "$work/time.txt")")
  done
  # median by CPU time
  printf '%s\n' "${runs[@]}" | sort -k2 -n | sed -n "$(( (repeat + 1) / 2 ))p" | sed "s/^/$label /"
}

results=$work/results.txt
: > "$results"
for n in "${sizes[@]}"; do
  corpus=$work/corpus-$n
  if [ ! -d "$corpus" ]; then
    echo "building a corpus of $n articles" >&2
    go run ./bench/corpus -data "$data" -n "$n" -out "$corpus" > "$work/corpus-$n.txt"
  fi
  words=$(awk '{ for (i = 1; i < NF; i++) if ($(i+1) == "words") print $i }' "$work/corpus-$n.txt")
  echo "measuring $n articles ($words words)" >&2
  for tool in wc factlint vale; do
    case $tool in
      wc) line=$(measure wc sh -c "find -L '$corpus' -name '*.md' -print0 | xargs -0 cat | wc -w") ;;
      factlint) line=$(measure factlint "$work/factlint" check --format json "$corpus") ;;
      vale) line=$(measure vale "$vale" --config "$root/bench/vale/.vale.ini" --output JSON --no-exit "$corpus") ;;
    esac
    echo "$n $words $line" >> "$results"
  done
done

awk -v repeat="$repeat" '
  { n = $1; words = $2; tool = $3; wall[n, tool] = $4; cpu[n, tool] = $5; mem[n, tool] = $6; w[n] = words
    if (!(n in seen)) { seen[n] = 1; order[++k] = n } }
  END {
    printf "factlint benchmark: median of %d runs, words = words of prose in the corpus\n\n", repeat
    printf "%-8s %-9s %9s %9s %14s %10s\n", "articles", "tool", "wall s", "CPU s", "words/CPU-s", "peak MB"
    for (i = 1; i <= k; i++) {
      n = order[i]
      split("wc factlint vale", tools, " ")
      for (t = 1; t <= 3; t++) {
        x = tools[t]
        printf "%-8s %-9s %9.2f %9.2f %14.0f %10.1f\n", n, x, wall[n, x], cpu[n, x], (cpu[n, x] > 0 ? w[n] / cpu[n, x] : 0), mem[n, x] / 1024
      }
    }
    printf "\n"
    for (i = 1; i <= k; i++) {
      n = order[i]
      printf "%s articles: factlint words/CPU-s = %.1f x Vale; peak memory = %.2f x Vale\n", n,
        (cpu[n, "factlint"] > 0 ? cpu[n, "vale"] / cpu[n, "factlint"] : 0), mem[n, "factlint"] / mem[n, "vale"]
    }
    if (k >= 2) {
      a = order[1]; b = order[k]
      printf "%s articles take %.1f x the wall time (%.1f x the CPU time) of %s articles (%.1f x the articles)\n",
        b, wall[b, "factlint"] / wall[a, "factlint"], cpu[b, "factlint"] / cpu[a, "factlint"], a, b / a
    }
  }' "$results"
echo "(work files in $work)" >&2
