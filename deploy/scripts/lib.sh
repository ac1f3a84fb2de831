# Shared shell helpers for Kunlun's scripts (sourced, not run).
# shellcheck shell=bash

KUNLUN_PNPM_VERSION=12.4.2

say() { printf '\033[1;34m[kunlun]\033[0m %s\n' "$*"; }
fail() { printf '\033[1;31m[kunlun]\033[0m %s\n' "$*" >&2; exit 1; }

# Installs Debian packages that are missing, as root or through passwordless sudo;
# otherwise says exactly what to run and stops.
ensure_debian_packages() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null && sudo -n true 2>/dev/null; then sudo="sudo"; else
      fail "Missing Debian packages: ${missing[*]}. Install them with: sudo apt-get install -y ${missing[*]}"
    fi
  fi
  say "Installing Debian packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# Makes `pnpm` the pinned version available on PATH.
ensure_pnpm() {
  if command -v pnpm >/dev/null && [ "$(pnpm --version 2>/dev/null)" = "$KUNLUN_PNPM_VERSION" ]; then return 0; fi
  say "Installing pnpm $KUNLUN_PNPM_VERSION"
  if npm install -g "pnpm@$KUNLUN_PNPM_VERSION" >/dev/null 2>&1; then hash -r; return 0; fi
  # No permission for a global install: put pnpm under the user's own prefix.
  npm install -g --prefix "$HOME/.local" "pnpm@$KUNLUN_PNPM_VERSION" >/dev/null
  export PATH="$HOME/.local/bin:$PATH"
  hash -r
}

# A free TCP port on the loopback interface.
free_port() {
  node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
}

# Binaries of the newest PostgreSQL installed by Debian.
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$dir" ] || fail "PostgreSQL is not installed (apt-get install -y postgresql)"
  echo "$dir"
}

# Runs a PostgreSQL server binary as the postgres system user when we are root.
as_postgres() {
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
