#!/usr/bin/env bash
# What the test command needs on this machine: pnpm, the workspace's packages, and the real
# servers and browser the tests use (PostgreSQL, Redis, Chromium, CJK fonts, poppler).
set -euo pipefail
cd "$(dirname "$0")/../.."
# shellcheck source=deploy/scripts/lib.sh
. deploy/scripts/lib.sh
ensure_debian_packages postgresql redis-server chromium fonts-noto-cjk fonts-lxgw-wenkai poppler-utils
ensure_pnpm
bash deploy/scripts/fetch-fonts.sh
bash deploy/scripts/fetch-nginx.sh
pnpm install --frozen-lockfile
if [ -f web/package.json ]; then
  say "Building the web desktop"
  pnpm -C web build
fi
