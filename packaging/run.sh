#!/usr/bin/env bash
# Builds and starts move37: installs the Debian packages it needs (setup.sh,
# a no-op when all are present), configures the "release" preset (Ninja,
# build/release), builds the GUI and the headless engine with every core,
# then runs the GUI with the arguments given (e.g. --size 9).
# Usage: packaging/run.sh [move37 options]   (from any directory)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

"$ROOT/packaging/setup.sh"

JOBS="$(nproc 2>/dev/null || echo 2)"
cmake --preset release
cmake --build build/release -j "$JOBS" --target move37 move37-engine

exec "$ROOT/build/release/app/move37" "$@"
