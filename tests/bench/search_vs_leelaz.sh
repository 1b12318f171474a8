#!/usr/bin/env bash
# Search speed side by side with Leela Zero's CPU path, same run, same nets:
#   tests/bench/search_vs_leelaz.sh [BUILD_DIR] [VISITS]
# Makes random Leela Zero weight files (6 blocks x 64 and 10 x 128, fixed
# seeds) with make_random_lz_net, then for 1 and 2 threads runs
#   move37-engine bench search -w NET -v VISITS -t T
#   leelaz --cpu-only --benchmark -w NET -v VISITS -t T
# back to back and prints visits/s of both and their ratio. A benchmark, not
# a test: the machine is shared, so read the ratio, not the absolute figure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$root/build/release}"
visits="${2:-1600}"
engine="$build/app/move37-engine"
maker="$build/tests/nn/make_random_lz_net"
leelaz="$(command -v leelaz || echo /usr/games/leelaz)"
for f in "$engine" "$maker" "$leelaz"; do
  [ -x "$f" ] || { echo "search_vs_leelaz: $f not found (build first)" >&2; exit 2; }
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$maker" "$work/6x64.txt" 6 64 1 >/dev/null
"$maker" "$work/10x128.txt" 10 128 1 >/dev/null

echo "| net | threads | move37 visits/s | leelaz visits/s | ratio |"
echo "|---|---|---|---|---|"
for net in 6x64 10x128; do
  for t in 1 2; do
    m=$("$engine" bench search -w "$work/$net.txt" -v "$visits" -t "$t" 2>&1 |
        sed -n 's/^bench search: .*: \([0-9.]*\) visits\/s.*/\1/p')
    # leelaz prints "N visits, M nodes, P playouts, R n/s"; visits/s is
    # visits over wall time, measured here around the whole search.
    l=$("$leelaz" --cpu-only --benchmark -w "$work/$net.txt" -v "$visits" -t "$t" 2>&1 |
        sed -n 's/^\([0-9]*\) visits, [0-9]* nodes, [0-9]* playouts, \([0-9]*\) n\/s$/\2/p' | tail -1)
    ratio=$(awk -v a="$m" -v b="$l" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
    echo "| $net | $t | $m | $l | $ratio |"
  done
done
