#!/usr/bin/env bash
# Build and run the tests: packaging/test.sh [--sanitize | --tsan] [ctest args]
#   (none)      Release build, the whole suite (GUI under Xvfb, GNU Go and
#               Leela Zero as peers).
#   --sanitize  AddressSanitizer + UndefinedBehaviorSanitizer (LeakSanitizer
#               on), GUI off: every test of the engine, GTP, SGF, networks,
#               training and reasoning libraries and the move37-engine CLI.
#   --tsan      ThreadSanitizer: the tests labelled `tsan` (search, GTP, the
#               batched network server, self-play workers, the match runner's
#               concurrent games and the GUI's engine workers), building only
#               what they need.
# Installs missing Debian packages first (packaging/setup.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./packaging/setup.sh

preset=release
case "${1:-}" in
  --sanitize) preset=sanitize; shift ;;
  --tsan) preset=tsan; shift ;;
esac
jobs="$(nproc)"

cmake --preset "$preset"
if [ "$preset" = tsan ]; then
  # The executables whose tests carry the label, and what those tests run.
  cmake --build --preset tsan -j "$jobs" --target tsan_tests
  ctest --preset tsan -j "$jobs" -L tsan "$@"
else
  cmake --build --preset "$preset" -j "$jobs"
  # Tests that start a real X server, GNU Go or Leela Zero run here too.
  ctest --preset "$preset" -j "$jobs" "$@"
fi
