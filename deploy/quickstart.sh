#!/usr/bin/env bash
# Quick start on a fresh Debian machine with Node 20 and npm: installs what Kunlun needs, loads
# the demo data into the embedded database (./data) and serves the suite on http://localhost:3000.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=deploy/scripts/lib.sh
. deploy/scripts/lib.sh

ensure_pnpm
if ! command -v redis-server >/dev/null && [ -z "${REDIS_URL:-}" ]; then
  if [ "$(id -u)" -eq 0 ] || (command -v sudo >/dev/null && sudo -n true 2>/dev/null); then
    ensure_debian_packages redis-server
  else
    fail "Kunlun needs Redis. Install it with: sudo apt-get install -y redis-server   (or set REDIS_URL=redis://host:6379)"
  fi
fi
say "Installing dependencies"
pnpm install --frozen-lockfile
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html -newer web/dist/index.html -print -quit 2>/dev/null)" ]; then
  say "Building the web desktop"
  pnpm -C web build
fi
# The documents module's PDF rendition (印制) needs the GB/T 9704 faces: without them every 发文
# waits at 印制 (the document page says so and offers 重新生成). Nothing to do when they are in place.
fonts_dir="${KUNLUN_DATA_DIR:-data}/fonts"
say "Document fonts (Fandol) for the PDF rendition: $fonts_dir"
if ! bash deploy/scripts/fetch-fonts.sh "$fonts_dir"; then
  printf '\033[1;33m[kunlun]\033[0m %s\n' \
    "The document fonts could not be fetched (see above): the suite starts, but 发文 cannot be printed (印制) until" \
    "they are in place. Run: bash deploy/scripts/fetch-fonts.sh $fonts_dir   then press 重新生成 on the document." >&2
fi
say "Loading the demo data"
pnpm kunlun demo
say "Starting Kunlun on http://localhost:${PORT:-3000} (Ctrl-C stops it)"
exec pnpm kunlun all
