#!/usr/bin/env bash
# Installs what a Gantry host and its build need (Debian/Ubuntu, as root). Safe to run again.
# docker.io, docker-compose and python3-docker (docker-py) are there for their clients only (the compatibility
# tests drive Gantry with them), docker-registry, skopeo and umoci for the image tests. No service of theirs is
# started: a running dockerd would change the iptables FORWARD policy and claim 172.17.0.0/16.
set -euo pipefail
packages=(openjdk-17-jdk-headless maven runc crun conmon busybox-static iptables iproute2 util-linux procps
  docker.io docker-compose python3-docker docker-registry skopeo umoci containernetworking-plugins mmdebstrap
  debian-archive-keyring curl)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
echo "installing: ${missing[*]}"
apt-get update -qq
guard=/usr/sbin/policy-rc.d
if [ ! -e "$guard" ]; then
  printf '#!/bin/sh\nexit 101\n' > "$guard" && chmod +x "$guard"
  trap 'rm -f "$guard"' EXIT
fi
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
