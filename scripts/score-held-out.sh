#!/usr/bin/env bash
# Checks the held-out corpora in eval/held-out and scores each report against its gold.json with the
# development corpus's scorer (../shared/eval/score.py beside the project).
#
# Usage: scripts/score-held-out.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
scorer="$root/../shared/eval/score.py"
if [ ! -f "$scorer" ]; then
    echo "score-held-out: $scorer is not there; nothing to score with" >&2
    exit 2
fi
cd "$root"
cargo build --release --quiet --bin concord
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for corpus in eval/held-out/*/; do
    name="$(basename "$corpus")"
    # A corpus with planted errors makes check exit 1.
    target/release/concord check "$corpus/corpus" --isolated --format json --no-cache >"$work/$name.json" 2>/dev/null || true
    echo "== $name"
    python3 "$scorer" "$work/$name.json" --gold "$corpus/gold.json" |
        grep -E '^(extraction recall|value accuracy|linking \(gold|conflict pairs|false conflicts|score:)'
done
