#!/usr/bin/env bash
# Whole-process benchmarks of `concord check` on generated corpora.
#
# Usage: scripts/bench.sh            (from anywhere; it works from the repository root)
#
# The script builds the release binary and the corpus generator, writes three corpora into a
# temporary directory (BENCH_SIZES megabytes each, 10 and 100 by default, plus a repository of
# 1,000 notes), and times `concord check --isolated -q --format brief` on each. /usr/bin/time -v
# gives the maximum resident set size; the wall time is taken around it with nanosecond
# resolution, and a run shorter than 0.2 s is repeated twenty times and averaged. Two pre-commit
# cases are timed on the 1,000-note repository: one staged file given as PATH (the corpus is then
# that file alone), and the whole repository checked from its root without paths, as the README
# recommends for a hook that judges a change against the corpus. When hyperfine is installed,
# every case is also run through it. The temporary directory is removed on exit.
#
# Environment:
#   BENCH_SIZES   corpus sizes in MB, space-separated (default "10 100")
#   BENCH_NOTES   notes in the pre-commit repository (default 1000)
#   BENCH_SEED    generator seed (default 7)
#   BENCH_TMPDIR  where the temporary directory goes (default /dev/shm when writable, else $TMPDIR);
#                 tmpfs keeps the generation of tens of thousands of small files fast
#   RUNS          hyperfine runs per case (default 3)
#
# concord exits 1 when it finds conflicts, which the generated corpora contain on purpose; exit
# code 2 is reported as an error in the table.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

sizes="${BENCH_SIZES:-10 100}"
notes="${BENCH_NOTES:-1000}"
seed="${BENCH_SEED:-7}"
runs="${RUNS:-3}"
if [[ -n "${BENCH_TMPDIR:-}" ]]; then
    base="$BENCH_TMPDIR"
elif [[ -d /dev/shm && -w /dev/shm ]]; then
    base=/dev/shm
else
    base="${TMPDIR:-/tmp}"
fi

work="$(mktemp -d "$base/concord-bench.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT

if [[ ! -x /usr/bin/time ]]; then
    echo "bench.sh: /usr/bin/time is required (GNU time, for -v)" >&2
    exit 2
fi

echo "== building (release)"
cargo build --release --quiet --bin concord --example gen_corpus
concord="$root/target/release/concord"
gen="$root/target/release/examples/gen_corpus"

echo "== generating corpora in $work"
for mb in $sizes; do
    "$gen" --out "$work/corpus-${mb}mb" --mb "$mb" --seed "$seed"
done
"$gen" --out "$work/repo" --notes "$notes" --seed "$seed"
# The staged file of the pre-commit case: the first note of the repository, in path order.
staged="$(cd "$work/repo" && find . -name '*.md' | LC_ALL=C sort | head -n 1)"
staged="${staged#./}"

results="$work/results.tsv"
: >"$results"

# Runs one case under /usr/bin/time -v: name, directory to run in, the file or folder the run reads
# (for the size columns), then the concord arguments.
run_case() {
    local name="$1" dir="$2" scope="$3"
    shift 3
    local files bytes log out status wall rss
    files="$(find "$scope" -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)"
    bytes="$(find "$scope" -type f \( -name '*.md' -o -name '*.txt' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')"
    log="$work/time.log"
    out="$work/out.txt"
    status=0
    local start end
    start="$(date +%s%N)"
    (cd "$dir" && /usr/bin/time -v -o "$log" "$concord" "$@" >"$out" 2>"$work/err.txt") || status=$?
    end="$(date +%s%N)"
    wall=$(((end - start) / 1000))
    # A run under a fifth of a second is repeated, and the mean of twenty runs is reported.
    if ((wall < 200000)); then
        start="$(date +%s%N)"
        for _ in $(seq 20); do
            (cd "$dir" && "$concord" "$@" >/dev/null 2>&1) || true
        done
        end="$(date +%s%N)"
        wall=$(((end - start) / 20000))
    fi
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$log")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$name" "$files" "$(awk -v b="$bytes" 'BEGIN { printf "%.3f", b / 1e6 }')" \
        "$(awk -v w="$wall" 'BEGIN { printf "%.3f", w / 1e6 }')" "$rss" "$status" "$(wc -l <"$out")" >>"$results"
    if [[ "$status" -ge 2 ]]; then
        echo "bench.sh: $name exited $status:" >&2
        head -n 5 "$work/err.txt" >&2
    fi
    if command -v hyperfine >/dev/null 2>&1; then
        local quoted
        quoted="$(printf ' %q' "$@")"
        (cd "$dir" && hyperfine --style basic --warmup 1 --runs "$runs" --ignore-failure \
            --command-name "$name" "$concord$quoted >/dev/null")
    fi
}

echo "== timing"
for mb in $sizes; do
    run_case "${mb} MB corpus" "$work/corpus-${mb}mb" "$work/corpus-${mb}mb" check . --isolated -q --format brief
done
run_case "${notes}-note repo" "$work/repo" "$work/repo" check . --isolated -q --format brief
run_case "pre-commit: 1 file" "$work/repo" "$work/repo/$staged" check "$staged" --isolated -q --format brief
run_case "pre-commit: no paths" "$work/repo" "$work/repo" check --isolated -q --format brief

echo
echo "== results ($(nproc) cores; RAYON_NUM_THREADS=${RAYON_NUM_THREADS:-unset})"
{
    printf 'case\tfiles\tMB\twall s\tmax RSS MB\texit\tfindings\n'
    cat "$results"
} | column -t -s $'\t'
