#!/usr/bin/env bash
# Installs the system tools the tests drive, from Debian's packages: Neovim (a second LSP client).
# Idempotent: what is installed already is left alone.
set -euo pipefail

packages=()
command -v nvim >/dev/null || packages+=(neovim)

if ((${#packages[@]} > 0)); then
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi
