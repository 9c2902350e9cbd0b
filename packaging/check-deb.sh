#!/usr/bin/env bash
# SPDX-FileCopyrightText: 2026 Mentor Desk contributors
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a built Mentor Desk .deb into a clean Debian 12 root made with debootstrap, then checks
# that mentordesk-cli works and that mentordesk opens its window under Xvfb inside that root.
#   sudo packaging/check-deb.sh build/mentordesk_0.1.0_amd64.deb [ROOT]
# The root is kept (ROOT, default /tmp/mentordesk-deb-root) so a second run skips debootstrap.
set -euo pipefail

deb="$(realpath "$1")"
root="${2:-/tmp/mentordesk-deb-root}"
[ "$(id -u)" -eq 0 ] || { echo "Run as root: debootstrap and chroot need it." >&2; exit 1; }
command -v debootstrap >/dev/null || apt-get install -y -qq debootstrap

if [ ! -x "$root/usr/bin/apt-get" ]; then
    debootstrap --variant=minbase bookworm "$root"
fi
# The same package sources as this machine (Debian 12 with its updates and security suites).
cp /etc/apt/sources.list "$root/etc/apt/sources.list" 2>/dev/null || true
mkdir -p "$root/etc/apt/sources.list.d"
cp -r /etc/apt/sources.list.d/. "$root/etc/apt/sources.list.d/" 2>/dev/null || true
cp /etc/resolv.conf "$root/etc/resolv.conf"
mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
trap 'umount "$root/proc" 2>/dev/null || true' EXIT

in_root() { chroot "$root" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
cp "$deb" "$root/tmp/mentordesk.deb"
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    xvfb xauth x11-utils /tmp/mentordesk.deb

echo "== installed files"
in_root dpkg -L mentordesk | grep -E 'bin/|\.desktop$|metainfo|/apps/mentordesk' | sort
echo "== mentordesk-cli"
in_root mentordesk-cli --version
in_root rm -f /root/check.sqlite
in_root mentordesk-cli --database /root/check.sqlite demo --students 40 --seed 3
in_root mentordesk-cli --database /root/check.sqlite check
echo "== mentordesk-cli in Welsh"
in_root env LANG=cy_GB.UTF-8 mentordesk-cli --help | tee /dev/stderr | grep -q "Gorchmynion" \
    || { echo "mentordesk-cli --help did not show in Welsh" >&2; exit 1; }
echo "== mentordesk under Xvfb, in English and in Welsh"
for lang in C.UTF-8 cy_GB.UTF-8; do
in_root env LANG=$lang sh -c '
    Xvfb :77 -screen 0 1280x800x24 >/tmp/xvfb.log 2>&1 &
    xvfb=$!
    sleep 2
    DISPLAY=:77 mentordesk --demo --students 40 >/tmp/mentordesk.log 2>&1 &
    app=$!
    for i in $(seq 1 40); do
        if DISPLAY=:77 LC_ALL=C.UTF-8 xwininfo -root -tree | grep -q " — Mentor Desk"; then break; fi
        sleep 0.5
    done
    if DISPLAY=:77 LC_ALL=C.UTF-8 xwininfo -root -tree | grep " — Mentor Desk"; then found=0; else found=1; fi
    kill $app $xvfb 2>/dev/null
    wait $app $xvfb 2>/dev/null # the next run takes the same display
    cat /tmp/mentordesk.log
    exit $found'
done
echo "The package installs and runs in a clean Debian 12 root."
