#!/usr/bin/env bash
# Build everything and run the test suite: packaging/test.sh [--sanitize]
# Installs missing Debian packages first (packaging/setup.sh).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
./packaging/setup.sh

preset=release
if [ "${1:-}" = "--sanitize" ]; then preset=sanitize; shift; fi
jobs="$(nproc)"

cmake --preset "$preset"
cmake --build --preset "$preset" -j "$jobs"
# Tests that start a real X server, GNU Go or Leela Zero run here too.
ctest --preset "$preset" -j "$jobs" "$@"
