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
say "Loading the demo data"
pnpm kunlun demo
say "Starting Kunlun on http://localhost:${PORT:-3000} (Ctrl-C stops it)"
exec pnpm kunlun all
