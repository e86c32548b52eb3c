#!/usr/bin/env bash
# Installs the tools the tests drive beyond `npm ci`. Idempotent: what is installed already is left alone.
#  - From Debian's packages: Neovim (a second LSP client), pre-commit (the pre-commit framework test),
#    redis-server (the send-time guard's Redis store; the tests start their own on 127.0.0.1),
#    Chromium (the review report test opens the report in it, through playwright-core) and a CJK
#    font for its screenshots.
#  - scripts/test-tools: the git hook managers (husky, lint-staged, lefthook, simple-git-hooks) and
#    Microsoft's SARIF validator, pinned by their lock file. Their install scripts are not run:
#    lefthook's and simple-git-hooks' would install git hooks into this repository. The hook tests
#    install the managers into temporary repositories, from the npm cache this fills.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=()
command -v nvim >/dev/null || packages+=(neovim)
command -v pre-commit >/dev/null || packages+=(pre-commit)
command -v redis-server >/dev/null || packages+=(redis-server)
command -v chromium >/dev/null || packages+=(chromium)
dpkg-query -W -f='${Status}' fonts-wqy-microhei 2>/dev/null | grep -q "install ok installed" || packages+=(fonts-wqy-microhei)

if ((${#packages[@]} > 0)); then
  as_root=()
  [[ $(id -u) -eq 0 ]] || as_root=(sudo)
  "${as_root[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}"
fi

(cd scripts/test-tools && npm ci --ignore-scripts --no-audit --no-fund)
# The one install script that is needed: it makes the validator's binary executable.
(cd scripts/test-tools && npm rebuild @microsoft/sarif-multitool-linux)
