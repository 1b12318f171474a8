#!/usr/bin/env bash
# Builds move37's .deb with CPack, unpacks it into a scratch root and checks
# it: control fields, every desktop-integration file at its place, and both
# programs run from the scratch root with nothing but system libraries.
# Usage: test_deb.sh BUILD_DIR VERSION --gui|--no-gui
# Run after a full build: cpack builds the "preinstall" target first.
# Exits 77 (ctest: skipped) when cpack or dpkg-deb is missing.
set -euo pipefail

build="$(cd "$1" && pwd)"
version="$2"
gui="${3:---gui}"
for tool in cpack dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool not installed"; exit 77; }
done

scratch="$build/packaging/deb-test"
rm -rf "$scratch"
mkdir -p "$scratch/out"
fail() { echo "FAIL: $*"; exit 1; }

# --- build the package ----------------------------------------------------------
cd "$build"
if ! cpack --config CPackConfig.cmake -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1; then
  cat "$scratch/cpack.log"
  fail "cpack"
fi
debs=("$scratch"/out/*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || fail "expected one .deb in $scratch/out"
deb="${debs[0]}"
echo "package: $(basename "$deb")"

# --- control fields ---------------------------------------------------------------
info="$(dpkg-deb -I "$deb")"
field() { sed -n "s/^ $1: //p" <<<"$info"; }
[ "$(field Package)" = move37 ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', expected $version"
[ "$(field Section)" = games ] || fail "Section is '$(field Section)'"
depends="$(field Depends)"
[ -n "$depends" ] || fail "no Depends"
grep -q gnugo <<<"$(field Recommends)" || fail "gnugo not in Recommends"
echo "Depends: $depends"
# Each dependency must be satisfied here, where the programs run.
IFS=',' read -ra deps <<<"$depends"
for dep in "${deps[@]}"; do
  ok=0
  IFS='|' read -ra alternatives <<<"$dep"
  for alt in "${alternatives[@]}"; do
    name="$(awk '{print $1}' <<<"$alt")"
    if dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q "install ok installed"; then ok=1; fi
  done
  [ $ok -eq 1 ] || fail "dependency not installed here: $dep"
done

# --- files -------------------------------------------------------------------------
root="$scratch/root"
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' >"$scratch/contents.txt"
expect=(
  usr/bin/move37-engine
  usr/share/applications/move37.desktop
  usr/share/mime/packages/move37.xml
  usr/share/icons/hicolor/scalable/apps/move37.svg
  usr/share/icons/hicolor/scalable/mimetypes/application-x-go-sgf.svg
  usr/share/metainfo/io.github.move37.move37.metainfo.xml
  usr/share/man/man1/move37.1.gz
  usr/share/man/man1/move37-engine.1.gz
)
[ "$gui" = --gui ] && expect+=(usr/bin/move37)
for f in "${expect[@]}"; do
  [ -f "$root/$f" ] || fail "missing /$f"
done
[ -d "$root/usr/share/move37" ] || fail "missing /usr/share/move37/"
for f in "$root"/usr/bin/*; do
  [ -x "$f" ] || fail "/usr/bin/$(basename "$f") is not executable"
  if command -v readelf >/dev/null 2>&1 && readelf -d "$f" | grep -q "$build"; then
    fail "/usr/bin/$(basename "$f") has a run path into the build folder"
  fi
done

# The files agree with each other.
desktop="$root/usr/share/applications/move37.desktop"
grep -qx 'Icon=move37' "$desktop" || fail "desktop file: Icon is not move37"
grep -qx 'MimeType=application/x-go-sgf;' "$desktop" || fail "desktop file: MimeType"
grep -q 'type="application/x-go-sgf"' "$root/usr/share/mime/packages/move37.xml" ||
  fail "MIME XML does not define application/x-go-sgf"
grep -q '<launchable type="desktop-id">move37.desktop</launchable>' \
  "$root/usr/share/metainfo/io.github.move37.move37.metainfo.xml" ||
  fail "metainfo does not launch move37.desktop"
if command -v appstreamcli >/dev/null 2>&1; then
  # Metainfo, desktop file and icon checked together, as a software centre would.
  appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
fi
for page in move37 move37-engine; do
  gzip -t "$root/usr/share/man/man1/$page.1.gz" || fail "$page.1.gz is not gzip"
  zcat "$root/usr/share/man/man1/$page.1.gz" | grep -q "^\.SH EXIT STATUS" ||
    fail "$page(1) documents no exit status"
done

# --- the programs run from the scratch root -----------------------------------------
out="$(env -u LD_LIBRARY_PATH "$root/usr/bin/move37-engine" --version)" ||
  fail "move37-engine --version exited $?"
[ "$out" = "move37-engine $version" ] || fail "move37-engine --version printed '$out'"
env -u LD_LIBRARY_PATH "$root/usr/bin/move37-engine" --help | grep -q "^usage: move37-engine" ||
  fail "move37-engine --help"
if [ "$gui" = --gui ]; then
  out="$(env -u LD_LIBRARY_PATH -u DISPLAY -u WAYLAND_DISPLAY \
         "$root/usr/bin/move37" --version 2>&1)" || fail "move37 --version exited $?"
  [ "$out" = "move37 $version" ] || fail "move37 --version printed '$out'"
fi

echo "contents:"
sed 's/^/  /' "$scratch/contents.txt"
echo "OK: $(basename "$deb")"
