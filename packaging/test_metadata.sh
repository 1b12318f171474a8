#!/usr/bin/env bash
# Validates move37's desktop-integration files with the freedesktop tools.
# Usage: test_metadata.sh KIND FILE...
#   desktop    desktop-file-validate; any message (even a hint) fails
#   appstream  appstreamcli validate --no-net --pedantic; errors and warnings fail
#   mime       xmllint well-formedness, then update-mime-database in a scratch
#              folder: no message, and *.sgf maps to application/x-go-sgf
#   svg        xmllint well-formedness of each icon
#   man        groff -man -ww (every warning) and man -l: no message
# Exits 77 (ctest: skipped) when the tool it needs is missing.
set -euo pipefail

kind="$1"
shift
need() {
  command -v "$1" >/dev/null 2>&1 || { echo "SKIP: $1 not installed"; exit 77; }
}
# Runs a command; fails when it fails or prints anything.
quiet() {
  local out
  if ! out="$("$@" 2>&1)"; then
    printf '%s\n' "$out"
    echo "FAIL: $*"
    exit 1
  fi
  if [ -n "$out" ]; then
    printf '%s\n' "$out"
    echo "FAIL: messages from $*"
    exit 1
  fi
}

case "$kind" in
  desktop)
    need desktop-file-validate
    for f in "$@"; do quiet desktop-file-validate "$f"; done
    ;;
  appstream)
    need appstreamcli
    for f in "$@"; do appstreamcli validate --no-net --pedantic "$f"; done
    ;;
  mime)
    need xmllint
    for f in "$@"; do quiet xmllint --noout "$f"; done
    if command -v update-mime-database >/dev/null 2>&1; then
      scratch="$(mktemp -d)"
      trap 'rm -rf "$scratch"' EXIT
      mkdir -p "$scratch/mime/packages"
      cp "$@" "$scratch/mime/packages/"
      export XDG_DATA_DIRS="$scratch"  # else it notes the folder is not searched
      quiet update-mime-database "$scratch/mime"
      grep -qx 'application/x-go-sgf:\*\.sgf' <(cut -d: -f2- "$scratch/mime/globs2") ||
        { echo "FAIL: *.sgf is not application/x-go-sgf"; exit 1; }
    fi
    ;;
  svg)
    need xmllint
    for f in "$@"; do
      quiet xmllint --noout "$f"
      grep -q '<svg xmlns="http://www.w3.org/2000/svg"' "$f" || { echo "FAIL: $f: not SVG"; exit 1; }
    done
    ;;
  man)
    need groff
    for f in "$@"; do
      quiet groff -man -Tutf8 -ww -z "$f"
      if command -v man >/dev/null 2>&1; then
        warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$f" 2>&1 >/dev/null)"
        [ -z "$warnings" ] || { printf '%s\n' "$warnings"; echo "FAIL: man -l $f warns"; exit 1; }
        # man -l prints the page: make sure it has the sections we promise.
        page="$(LC_ALL=C.UTF-8 MANWIDTH=80 man -l "$f" 2>/dev/null)"
        for s in NAME SYNOPSIS DESCRIPTION "EXIT STATUS" "SEE ALSO"; do
          grep -qx "$s" <<<"$page" || { echo "FAIL: $f: no $s section"; exit 1; }
        done
      fi
    done
    ;;
  *)
    echo "usage: $0 desktop|appstream|mime|svg|man FILE..." >&2
    exit 2
    ;;
esac
echo "OK: $kind $*"
