#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mentor Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by tools/demo and tools/test: install what is missing from Debian's packages, then build.
set -euo pipefail

MD_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MD_BUILD="${MD_BUILD:-$MD_ROOT/build}"

MD_PACKAGES=(
    build-essential cmake ninja-build pkg-config ccache
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite libqt6sql6-psql postgresql qt6-qpa-plugins
    libqt6charts6-dev libqt6svg6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libsodium-dev libsqlite3-dev libgl-dev sqlite3 poppler-utils fonts-dejavu-core
    appstream desktop-file-utils dpkg-dev
)

md_install_packages() {
    local missing=()
    local p
    for p in "${MD_PACKAGES[@]}" "$@"; do
        if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
            missing+=("$p")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing: ${missing[*]}"
    local sudo=""
    if [ "$(id -u)" -ne 0 ]; then
        if command -v sudo >/dev/null 2>&1; then
            sudo="sudo"
        else
            echo "These packages are missing and you are not root:" >&2
            echo "  apt-get install -y ${missing[*]}" >&2
            echo "Ask an administrator to run that, then run this command again." >&2
            exit 1
        fi
    fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${missing[@]}"
}

md_build() {
    export CCACHE_BASEDIR="$MD_ROOT"
    # With debug information ccache keys on the build folder too, so a second checkout (a CI clone,
    # a worktree) would rebuild everything; the objects are the same, so share them.
    export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-true}"
    # A full build with the test suites needs a few GB; say so before the linker runs out of room.
    local free_kb
    mkdir -p "$MD_BUILD"
    free_kb="$(df -Pk "$MD_BUILD" | awk 'NR == 2 { print $4 }')"
    if [ -n "$free_kb" ] && [ "$free_kb" -lt $((3 * 1024 * 1024)) ]; then
        echo "Warning: only $((free_kb / 1024)) MB free under $MD_BUILD; a build with the tests needs about 2.5 GB." >&2
    fi
    cmake -S "$MD_ROOT" -B "$MD_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@"
    cmake --build "$MD_BUILD" --parallel "$(nproc 2>/dev/null || echo 2)"
}
