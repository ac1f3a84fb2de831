#!/usr/bin/env bash
# Puts an nginx binary where the deployment tests find it, so they can check every nginx file
# of deploy/ with `nginx -t` — without installing (or starting) an nginx service on this machine.
#
#   deploy/scripts/fetch-nginx.sh [DIR]      DIR defaults to <repo>/data/tools/nginx
#
# Uses the installed /usr/sbin/nginx when there is one; otherwise downloads Debian's nginx .deb
# (apt-get download, nothing installed), unpacks it with dpkg -x and keeps only usr/sbin/nginx.
# Running it again when the binary is in place does nothing.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
# shellcheck source=deploy/scripts/lib.sh
. "$repo/deploy/scripts/lib.sh"

dir="${1:-$repo/data/tools/nginx}"
if [ -x "$dir/nginx" ]; then
  say "nginx already in $dir — nothing to do"
  exit 0
fi
mkdir -p "$dir"
if [ -x /usr/sbin/nginx ]; then
  ln -sf /usr/sbin/nginx "$dir/nginx"
  say "Using the installed /usr/sbin/nginx"
  exit 0
fi
command -v apt-get >/dev/null && command -v dpkg >/dev/null || fail "apt-get and dpkg are needed to fetch nginx (this script expects Debian)"
work="$(mktemp -d /tmp/kunlun-nginx.XXXXXX)"
trap 'rm -rf "$work"' EXIT
if ! apt-cache show nginx >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
      fail "apt does not know nginx yet. Run 'sudo apt-get update' and then this script again."
    fi
  fi
  $sudo apt-get update -qq
fi
if [ "$(id -u)" -eq 0 ] && id _apt >/dev/null 2>&1; then chown _apt "$work"; fi
say "Downloading Debian's nginx package (about 0.5 MB; only the binary is kept)"
(cd "$work" && apt-get download -qq nginx) || fail "apt-get download nginx failed"
deb="$(find "$work" -maxdepth 1 -name 'nginx_*.deb' | head -n 1)"
[ -n "$deb" ] || fail "apt-get download did not produce an nginx .deb"
dpkg -x "$deb" "$work/root"
install -m 0755 "$work/root/usr/sbin/nginx" "$dir/nginx"
"$dir/nginx" -v 2>&1 | sed 's/^/  /'
say "nginx is in $dir (from $(basename "$deb"))"
