#!/usr/bin/env bash
# Counts the instructions linking takes on generated corpora of 20, 200 and 2,000 notes (1×, 10× and
# 100×), so that its growth with the corpus can be read without the noise of wall-clock timings.
#
# Usage: scripts/link-scaling.sh            (from anywhere; needs valgrind)
#
# The script builds the release binary and the corpus generator, writes the three corpora with one
# seed, and runs `concord check --no-cache` on each under callgrind, counting only the instructions
# spent inside `concord::link::link` (extraction and the rules are not counted). It prints, per
# corpus, the claims read, the instructions, the instructions per claim, and the growth over the
# corpus ten times smaller. `cargo bench --bench extract -- link_corpus` times the same work.
#
# Environment:
#   BENCH_SEED    generator seed (default 7)
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
seed="${BENCH_SEED:-7}"
if ! command -v valgrind >/dev/null; then
    echo "link-scaling: valgrind is not installed" >&2
    exit 2
fi
cargo build --release --quiet --bin concord --example gen_corpus
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

printf '%8s %8s %15s %16s %8s\n' notes claims instructions "per claim" growth
previous=""
for notes in 20 200 2000; do
    corpus="$work/notes-$notes"
    target/release/examples/gen_corpus --out "$corpus" --notes "$notes" --seed "$seed" >/dev/null 2>&1
    # The corpora hold conflicts, so check exits 1.
    summary="$(target/release/concord check "$corpus" --no-cache 2>&1 | tail -1 || true)"
    claims="$(sed -n 's/.*(\([0-9]*\) claims.*/\1/p' <<<"$summary")"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-$notes" \
        --toggle-collect='concord::link::link*' \
        target/release/concord check "$corpus" --no-cache >/dev/null 2>&1 || true
    total="$(callgrind_annotate "$work/callgrind-$notes" 2>/dev/null | sed -n 's/^ *\([0-9,]*\) .*PROGRAM TOTALS.*/\1/p' | tr -d ,)"
    growth="-"
    if [[ -n "$previous" ]]; then
        growth="$(awk -v a="$total" -v b="$previous" 'BEGIN { printf "%.1f×", a / b }')"
    fi
    printf '%8s %8s %15s %16s %8s\n' "$notes" "$claims" "$total" "$((total / claims))" "$growth"
    previous="$total"
done
