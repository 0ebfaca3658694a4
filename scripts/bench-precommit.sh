#!/usr/bin/env bash
# Times concord as a pre-commit hook runs it, over a generated repository of notes.
#
# Usage: scripts/bench-precommit.sh            (from anywhere)
#
# The script builds the release binary and the corpus generator, writes a repository of BENCH_NOTES
# notes (1,000 by default) with an empty claims.toml at its root (so the corpus is every note below
# it), makes it a git repository and stages one changed note. It then runs the hook's command from
# .pre-commit-hooks.yaml on the staged file, as pre-commit does from the repository's root: the whole
# corpus is read and checked, and only the staged note's findings are reported. Each case is run
# once under /usr/bin/time -v for the maximum resident set size, then RUNS times (20 by default) for
# the wall time: the mean, the fastest and the slowest run. hyperfine is used too when installed.
# The cache of prepared documents lives in the temporary directory: the first run fills it, so the
# timed runs of the hook are the warm runs a writer sees on each commit; a case with --no-cache
# times a cold run.
#
# Environment:
#   BENCH_NOTES   notes in the repository (default 1000)
#   BENCH_SEED    generator seed (default 7)
#   BENCH_TMPDIR  where the temporary directory goes (default /dev/shm when writable, else $TMPDIR)
#   RUNS          timed runs per case (default 20)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

notes="${BENCH_NOTES:-1000}"
seed="${BENCH_SEED:-7}"
runs="${RUNS:-20}"
if [[ -n "${BENCH_TMPDIR:-}" ]]; then
    base="$BENCH_TMPDIR"
elif [[ -d /dev/shm && -w /dev/shm ]]; then
    base=/dev/shm
else
    base="${TMPDIR:-/tmp}"
fi
if [[ ! -x /usr/bin/time ]]; then
    echo "bench-precommit.sh: /usr/bin/time is required (GNU time, for -v)" >&2
    exit 2
fi

work="$(mktemp -d "$base/concord-precommit.XXXXXX")"
cleanup() { rm -rf "$work"; }
trap cleanup EXIT
export CONCORD_CACHE_DIR="$work/cache"

echo "== building (release)"
cargo build --release --quiet --bin concord --example gen_corpus
concord="$root/target/release/concord"
gen="$root/target/release/examples/gen_corpus"

# The hook's command, as .pre-commit-hooks.yaml declares it.
entry="$(sed -n 's/^ *entry: *concord //p' .pre-commit-hooks.yaml)"
read -r -a hook_args <<<"$entry"

echo "== generating $notes notes in $work/repo"
"$gen" --out "$work/repo" --notes "$notes" --seed "$seed"
repo="$work/repo"
: >"$repo/claims.toml"
git -C "$repo" init -q
git -C "$repo" add .
git -C "$repo" -c user.name=bench -c user.email=bench@concord.invalid -c commit.gpgsign=false commit -q -m notes
# The staged change: one more paragraph in the first note, in path order.
staged="$(cd "$repo" && git ls-files '*.md' | LC_ALL=C sort | sed -n 1p)"
printf '\nThe last paragraph was added in this commit.\n' >>"$repo/$staged"
git -C "$repo" add "$staged"
mapfile -t files < <(git -C "$repo" diff --cached --name-only)
corpus_mb="$(find "$repo" -name '*.md' -printf '%s\n' | awk '{ s += $1 } END { printf "%.2f", s / 1e6 }')"

# Runs one case: a name, then the concord arguments (run in the repository's root).
time_case() {
    local name="$1"
    shift
    local status=0
    (cd "$repo" && /usr/bin/time -v -o "$work/time.log" "$concord" "$@" >"$work/out.txt" 2>"$work/err.txt") ||
        status=$?
    if ((status >= 2)); then
        echo "bench-precommit.sh: $name exited $status:" >&2
        head -n 5 "$work/err.txt" >&2
        exit 2
    fi
    local rss
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$work/time.log")"
    local times=()
    for _ in $(seq "$runs"); do
        local start end
        start="$(date +%s%N)"
        (cd "$repo" && "$concord" "$@" >/dev/null 2>&1) || true
        end="$(date +%s%N)"
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk -v name="$name" -v rss="$rss" -v status="$status" \
        -v findings="$(wc -l <"$work/out.txt")" '
        { t[NR] = $1; s += $1 }
        END { printf "%s\t%.1f\t%.1f\t%.1f\t%s\t%s\t%s\n", name, s / NR / 1000, t[1] / 1000, t[NR] / 1000, rss, status, findings }' \
        >>"$work/results.tsv"
    if command -v hyperfine >/dev/null 2>&1; then
        local quoted
        quoted="$(printf ' %q' "$@")"
        (cd "$repo" && hyperfine --style basic --warmup 2 --runs "$runs" --ignore-failure \
            --command-name "$name" "$concord$quoted >/dev/null")
    fi
}

echo "== timing ($runs runs per case)"
: >"$work/results.tsv"
time_case "hook: ${#files[@]} staged note" "${hook_args[@]}" "${files[@]}"
time_case "hook, no cache" "${hook_args[@]}" --no-cache "${files[@]}"
time_case "whole repository" check -q --format brief

echo
echo "== results: $notes notes, $corpus_mb MB, $(nproc) cores"
{
    printf 'case\tmean ms\tfastest ms\tslowest ms\tmax RSS MB\texit\tfindings\n'
    cat "$work/results.tsv"
} | column -t -s $'\t'
