#!/usr/bin/env bash
# Puts the Fandol fonts (FandolSong, FandolFang, FandolHei, FandolKai — the 宋/仿宋/黑/楷 faces
# GB/T 9704-2012 asks for) into a font directory for the documents module's PDF rendition.
#
#   deploy/scripts/fetch-fonts.sh [DIR]      DIR defaults to <repo>/data/fonts
#
# The fonts ship inside Debian's texlive-lang-chinese package. The script takes them from an
# installed TeX Live if there is one, else from <repo>/data/fonts when DIR is another directory
# (an installation's data directory on a machine that fetched them for the repository); otherwise
# it downloads that one .deb from the Debian archive (apt-get download, no TeX installed), unpacks
# it with dpkg -x into a temporary directory and copies the .otf files. Nothing else is fetched from anywhere. Running it again when the fonts are in
# place does nothing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=deploy/scripts/lib.sh
. "$repo/deploy/scripts/lib.sh"

PACKAGE=texlive-lang-chinese
FANDOL_PATH=usr/share/texlive/texmf-dist/fonts/opentype/public/fandol
REQUIRED=(FandolSong-Bold.otf FandolSong-Regular.otf FandolFang-Regular.otf FandolHei-Regular.otf FandolKai-Regular.otf)

dir="${1:-$repo/data/fonts}"

missing_in() {
  local d="$1" f
  for f in "${REQUIRED[@]}"; do [ -s "$d/$f" ] || return 0; done
  return 1
}

if ! missing_in "$dir"; then
  say "Fandol fonts already in $dir — nothing to do"
  exit 0
fi

mkdir -p "$dir"
work="$(mktemp -d /tmp/kunlun-fonts.XXXXXX)"
trap 'rm -rf "$work"' EXIT

source_dir=""
repo_fonts="$repo/data/fonts"
if ! missing_in "/$FANDOL_PATH"; then
  source_dir="/$FANDOL_PATH"
  say "Taking the Fandol fonts from the installed TeX Live (/$FANDOL_PATH)"
elif [ "$(cd "$dir" && pwd -P)" != "$(cd "$repo_fonts" 2>/dev/null && pwd -P)" ] && ! missing_in "$repo_fonts"; then
  source_dir="$repo_fonts"
  say "Taking the Fandol fonts from $repo_fonts"
else
  if ! command -v apt-get >/dev/null || ! command -v dpkg >/dev/null; then
    fail "apt-get and dpkg are needed to fetch $PACKAGE (this script expects Debian)"
  fi
  if ! apt-cache show "$PACKAGE" >/dev/null 2>&1; then
    # A fresh machine has no package lists yet.
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then
      if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
        fail "apt does not know $PACKAGE yet. Run 'sudo apt-get update' and then this script again."
      fi
    fi
    say "Updating the Debian package lists"
    $sudo apt-get update -qq
    if ! apt-cache show "$PACKAGE" >/dev/null 2>&1; then
      fail "$PACKAGE is not in the configured Debian archive (check /etc/apt/sources.list*; it is in Debian 'main')"
    fi
  fi
  # As root apt fetches as the _apt user; let it write into the temporary directory.
  if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then chown _apt "$work"; fi
  say "Downloading $PACKAGE from the Debian archive (about 50 MB; only the Fandol fonts are kept)"
  if ! (cd "$work" && apt-get download -qq "$PACKAGE"); then fail "apt-get download $PACKAGE failed"; fi
  deb="$(find "$work" -maxdepth 1 -name "${PACKAGE}_*.deb" | head -n 1)"
  if [ -z "$deb" ]; then fail "apt-get download did not produce a $PACKAGE .deb in $work"; fi
  say "Unpacking $(basename "$deb")"
  dpkg -x "$deb" "$work/root"
  source_dir="$work/root/$FANDOL_PATH"
  if missing_in "$source_dir"; then fail "$(basename "$deb") has no Fandol fonts under /$FANDOL_PATH"; fi
fi

cp "$source_dir"/*.otf "$dir"/
chmod 0644 "$dir"/*.otf
if [ "$source_dir" = "$repo_fonts" ]; then
  cp "$repo_fonts/FANDOL-SOURCE.txt" "$dir/" 2>/dev/null || true
  say "Fandol fonts are in $dir"
  exit 0
fi
if [ -n "${deb:-}" ]; then origin="$(basename "$deb")"; else
  origin="$PACKAGE $(dpkg-query -W -f='${Version}' "$PACKAGE" 2>/dev/null || echo '(installed)')"
fi
printf '%s\n' \
  "Fandol fonts (FandolSong, FandolFang, FandolHei, FandolKai; GPL-2+ with the font exception)" \
  "copied by deploy/scripts/fetch-fonts.sh from Debian's $origin, /$FANDOL_PATH" >"$dir/FANDOL-SOURCE.txt"
say "Fandol fonts are in $dir:"
for f in "${REQUIRED[@]}"; do printf '  %s\n' "$f"; done
