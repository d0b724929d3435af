#!/usr/bin/env bash
# Builds the application images of the integration tests from Debian bookworm packages, as root:
#   gantry-test/postgres (postgresql-15, initdb on first start), gantry-test/redis, gantry-test/nginx.
# postgres runs without JIT: LLVM, which only that needs, is left out.
# One mmdebstrap root filesystem holds the three servers; it is the single layer of all three images, which differ
# in their config only. They are written as one docker-archive (docker load -i, or skopeo copy to a registry).
# The archive is cached under GANTRY_TEST_IMAGES (default /var/cache/gantry-test-images), keyed by this script
# and the bookworm release the packages come from; a re-run with a cache hit costs one small download or none.
# Prints the archive's path as its last line.
set -euo pipefail
mirror=http://deb.debian.org/debian
suite=bookworm
packages=postgresql-15,redis-server,nginx-light
cache=${GANTRY_TEST_IMAGES:-/var/cache/gantry-test-images}
script_sum=$(sha256sum "$0" | cut -c1-16)
release=$(curl -fsS --max-time 20 "$mirror/dists/$suite/InRelease" 2>/dev/null | sed -n 's/^Date: //p' || true)
if [ -n "$release" ]; then
  key=$script_sum-$(printf '%s' "$release" | sha256sum | cut -c1-16)
else
  # no mirror: the newest archive this script built, if any
  key=$(ls -t "$cache" 2>/dev/null | grep "^$script_sum-" | head -n1 || true)
  [ -n "$key" ] || { echo "cannot reach $mirror and no cached images in $cache" >&2; exit 1; }
fi
out=$cache/$key
if [ -s "$out/apps.tar" ]; then
  echo "$out/apps.tar"
  exit 0
fi
mkdir -p "$cache"
work=$(mktemp -d "$cache/.build.XXXXXX")
trap 'rm -rf "$work"' EXIT
started=$(date +%s)

# the entrypoint of the database image: a cluster on first start, then the server in the foreground
cat > "$work/postgres-entrypoint" <<'EOF'
#!/bin/sh
set -e
if [ "$1" = postgres ]; then
  mkdir -p "$PGDATA" /run/postgresql
  chown postgres:postgres "$PGDATA" /run/postgresql
  chmod 700 "$PGDATA"
  as_postgres="setpriv --reuid=postgres --regid=postgres --init-groups"
  if [ ! -s "$PGDATA/PG_VERSION" ]; then
    $as_postgres initdb -D "$PGDATA" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 >/dev/null
    echo "host all all 0.0.0.0/0 trust" >> "$PGDATA/pg_hba.conf"
    echo "database initialized in $PGDATA"
  fi
  shift
  exec $as_postgres postgres -D "$PGDATA" -c listen_addresses='*' -c jit=off "$@"
fi
exec "$@"
EOF

# the keyring of debian-archive-keyring, so that a non-Debian host verifies the mirror too
keyring=()
[ -f /usr/share/keyrings/debian-archive-keyring.gpg ] && keyring=(--keyring=/usr/share/keyrings/debian-archive-keyring.gpg)
mmdebstrap --quiet --variant=apt --include="$packages" "${keyring[@]}" \
  --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
  --dpkgopt='path-exclude=/usr/share/info/*' --dpkgopt='path-exclude=/usr/share/locale/*' \
  --dpkgopt='path-include=/usr/share/locale/locale.alias' --dpkgopt='path-exclude=/usr/share/i18n/*' \
  --dpkgopt='path-exclude=/usr/lib/x86_64-linux-gnu/libLLVM*' --dpkgopt='path-exclude=/usr/lib/x86_64-linux-gnu/libz3.*' \
  --dpkgopt='path-exclude=/usr/lib/postgresql/15/lib/llvmjit*' --dpkgopt='path-exclude=/usr/lib/postgresql/15/lib/bitcode/*' \
  --customize-hook="install -m 0755 '$work/postgres-entrypoint' \"\$1/usr/local/bin/docker-entrypoint.sh\"" \
  --customize-hook='rm -rf "$1"/var/lib/postgresql/15/main "$1"/etc/postgresql/15/main' \
  --customize-hook='ln -sf /dev/stdout "$1"/var/log/nginx/access.log; ln -sf /dev/stderr "$1"/var/log/nginx/error.log' \
  --customize-hook='echo "served by gantry-test/nginx" > "$1"/var/www/html/index.html' \
  --customize-hook='mkdir -p "$1"/data; chroot "$1" dpkg-query -W -f="\${Package} \${Version}\n" > "$1"/versions.txt' \
  --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/* "$1"/var/log/*.log "$1"/usr/share/lintian' \
  --customize-hook="download /versions.txt '$work/versions.txt'" --customize-hook='rm "$1"/versions.txt' \
  "$suite" "$work/layer.tar" "$mirror"

python3 - "$work" <<'EOF'
import hashlib, io, json, os, sys, tarfile
work = sys.argv[1]
sha = hashlib.sha256()
with open(os.path.join(work, "layer.tar"), "rb") as f:
    for chunk in iter(lambda: f.read(1 << 20), b""):
        sha.update(chunk)
digest = sha.hexdigest()
path = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"
second = 1_000_000_000
health = lambda *test: {"Test": ["CMD", *test], "Interval": 2 * second, "Timeout": 5 * second,
                        "StartPeriod": 2 * second, "Retries": 30}
images = {
    "postgres": {"Entrypoint": ["docker-entrypoint.sh"], "Cmd": ["postgres"],
                 "Env": ["PATH=/usr/lib/postgresql/15/bin:" + path, "PGDATA=/var/lib/postgresql/data"],
                 "ExposedPorts": {"5432/tcp": {}}, "Volumes": {"/var/lib/postgresql/data": {}},
                 "StopSignal": "SIGINT", "Healthcheck": health("pg_isready", "-h", "127.0.0.1", "-U", "postgres")},
    "redis": {"Cmd": ["redis-server", "--protected-mode", "no"], "Env": ["PATH=" + path],
              "ExposedPorts": {"6379/tcp": {}}, "Volumes": {"/data": {}}, "WorkingDir": "/data",
              "Healthcheck": health("redis-cli", "ping")},
    "nginx": {"Cmd": ["nginx", "-g", "daemon off;"], "Env": ["PATH=" + path],
              "ExposedPorts": {"80/tcp": {}}, "StopSignal": "SIGQUIT"},
}
manifest = []
with tarfile.open(os.path.join(work, "apps.tar.part"), "w") as archive:
    archive.add(os.path.join(work, "layer.tar"), digest + "/layer.tar")
    for name, config in images.items():
        blob = json.dumps({"architecture": "amd64", "os": "linux", "config": config,
                           "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
                           "history": [{"created_by": "scripts/build-test-images.sh " + name}]}).encode()
        config_name = hashlib.sha256(blob).hexdigest() + ".json"
        info = tarfile.TarInfo(config_name)
        info.size = len(blob)
        archive.addfile(info, io.BytesIO(blob))
        manifest.append({"Config": config_name, "RepoTags": ["gantry-test/" + name + ":latest"],
                         "Layers": [digest + "/layer.tar"]})
    blob = json.dumps(manifest).encode()
    info = tarfile.TarInfo("manifest.json")
    info.size = len(blob)
    archive.addfile(info, io.BytesIO(blob))
EOF

mkdir -p "$out"
mv "$work/versions.txt" "$out/versions.txt"
mv "$work/apps.tar.part" "$out/apps.tar"
# the previous archive stays, for a branch that still builds it; older ones go
ls -t "$cache" | grep -v "^$key\$" | grep "^[0-9a-f]\{16\}-" | tail -n +2 | sed "s|^|$cache/|" | xargs -r rm -rf || true
echo "built $(du -h "$out/apps.tar" | cut -f1) of images in $(( $(date +%s) - started ))s" >&2
echo "$out/apps.tar"
