#!/usr/bin/env bash
# Installs every Debian package move37's build, app and tests need.
# Idempotent and non-interactive: when everything is present it does nothing.
# Usage: packaging/setup.sh   (as root, or with sudo available)
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build pkg-config git
  clang libclang-rt-14-dev llvm
  # libraries
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
  qt6-l10n-tools linguist-qt6 libgl-dev libvulkan-dev
  libtorch-dev libopenblas0-openmp  # OpenBLAS: LibTorch otherwise runs on reference BLAS (~10x slower)
  libboost-dev libboost-program-options-dev libboost-filesystem-dev
  zlib1g-dev
  libgtest-dev libgmock-dev googletest libbenchmark-dev
  # test peers and test environment
  gnugo leela-zero goban-original-games
  xvfb xauth x11-utils imagemagick python3
  fonts-noto-cjk  # CJK glyphs for the zh_CN, ja and ko translations
  desktop-file-utils appstream
  # packaging checks: xmllint, MIME database, man pages, dpkg-shlibdeps
  libxml2-utils shared-mime-info groff-base man-db dpkg-dev
)

missing=()
for p in "${PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "setup.sh: installing ${#missing[@]} missing package(s): ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup.sh: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y --no-install-recommends "${missing[@]}"
