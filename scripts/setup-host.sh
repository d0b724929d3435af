#!/usr/bin/env bash
# Installs what a Gantry host and its build need (Debian/Ubuntu, as root). Safe to run again.
set -euo pipefail
packages=(openjdk-17-jdk-headless maven runc crun conmon busybox-static iptables iproute2 util-linux procps)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing: ${missing[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
