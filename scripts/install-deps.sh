#!/usr/bin/env bash
# Installs the Debian 12 packages Claimsmith needs to build, run and test.
# Idempotent: installs only what is missing. Run as root (or with sudo available).
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config git
  clang clang-format libclang-rt-14-dev lld
  # Qt 6 and QScintilla
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-svg-dev
  qt6-qpa-plugins libqt6sql6-sqlite libqt6svg6 libgl-dev
  libqscintilla2-qt6-dev qtkeychain-qt6-dev
  qt6-translations-l10n   # Qt's own dialog texts (OK, Cancel, file dialogs) in German
  # crypto, JSON, databases
  libssl-dev openssl nlohmann-json3-dev rapidjson-dev libcpp-jwt-dev
  libsqlite3-dev sqlite3
  # PostgreSQL: Qt's QPSQL driver, and the server binaries (initdb, pg_ctl)
  # for the throwaway cluster the PostgreSQL store tests start
  # (tests/support/pg-cluster.sh)
  libqt6sql6-psql postgresql
  # running the GUI headless, screenshots, fonts
  xvfb xauth x11-utils imagemagick fonts-dejavu-core
  # interoperability tests (npm packages are installed into the build tree)
  nodejs npm
  # server benchmarks (claimsmith-bench, suite "server")
  wrk
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

# node/npm may come from outside Debian (already on PATH): then skip Debian's.
if command -v node >/dev/null && command -v npm >/dev/null; then
  filtered=()
  for p in "${missing[@]}"; do
    [[ $p == nodejs || $p == npm ]] || filtered+=("$p")
  done
  missing=("${filtered[@]+"${filtered[@]}"}")
fi

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO=sudo; else
    echo "install-deps: missing packages (${missing[*]}) and not root; run as root" >&2
    exit 2
  fi
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
