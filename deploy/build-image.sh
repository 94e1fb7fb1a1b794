#!/usr/bin/env bash
# Builds the container image as a tarball, with no Docker daemon and no registry: Jib's buildTar on
# a base layer made here from this machine's files, then checks the result by running it.
#
#   deploy/build-image.sh        writes prism-cli/target/prism-image.tar (load it with
#                                `docker load` or `podman load`, or push it with crane/skopeo)
#   CHECK_ONLY=1 deploy/build-image.sh   only the check, of the tarball already built
#
# The base layer: no base image can be pulled here (Maven Central is the only registry reachable
# from the build, and it serves no images), so the base is built from files: a Java runtime made
# with jlink from the JDK that builds the project, the C libraries that runtime links against
# (found with ldd), and /etc/passwd and /etc/group naming the unprivileged user 10001 the image
# runs as. The check at the end unpacks the image's layers into a directory and starts
# `prism --version` and `prism serve` in it with chroot as user 10001, the way a container runtime
# would start it (without the namespaces).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
base="prism-cli/target/jib-base"
java_home="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
[[ -d $java_home/jmods ]] || { echo "build-image: $java_home has no jmods; install a full JDK (openjdk-17-jdk)" >&2; exit 2; }

tar="prism-cli/target/prism-image.tar"
if [[ ${CHECK_ONLY:-0} != 1 ]]; then
rm -rf "$base"
mkdir -p "$base/opt" "$base/etc" "$base/tmp" "$base/home/prism"
# Modules the shaded jar needs (jdeps on it, and what libraries load reflectively: JDBC, JMX, AWT
# fonts for PDF reports, the JDK's HTTP server for the management port).
modules=java.base,java.compiler,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http
modules+=,java.prefs,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml
modules+=,jdk.crypto.ec,jdk.httpserver,jdk.management,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --compress=2 --output "$base/opt/java"

# The C libraries behind the runtime, with the dynamic loader, at the paths the binaries expect.
libs=$( (ldd "$base/opt/java/bin/java"; find "$base/opt/java/lib" -name '*.so' -exec ldd {} \;) 2>/dev/null \
  | awk '/=> \// {print $3} /^\t\/lib/ {print $1}' | sort -u)
for lib in $libs /lib64/ld-linux-x86-64.so.2; do
  [[ $lib == "$base"* ]] && continue
  mkdir -p "$base$(dirname "$lib")"
  cp -L "$lib" "$base$lib"
done
# Fonts for PDF reports: openhtmltopdf embeds its own, AWT needs fontconfig's files only if present.
printf 'root:x:0:0:root:/root:/sbin/nologin\nprism:x:10001:10001:prism:/home/prism:/sbin/nologin\n' > "$base/etc/passwd"
printf 'root:x:0:\nprism:x:10001:\n' > "$base/etc/group"

# One reactor run: Jib must take the modules just built, never older copies from ~/.m2
# (jib.skip is true in every module but prism-cli).
./mvnw -q -B -ntp -DskipTests -pl prism-cli -am package com.google.cloud.tools:jib-maven-plugin:3.4.6:buildTar
fi
echo "build-image: $tar ($(du -h "$tar" | cut -f1))" >&2

# Check: the image's user and entrypoint, then run it from its own layers.
check="$(mktemp -d)"
server=""
trap 'if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$check"' EXIT
tar -xf "$tar" -C "$check"
python3 - "$check" <<'PY'
import json, sys, os
d = sys.argv[1]
manifest = json.load(open(os.path.join(d, "manifest.json")))[0]
config = json.load(open(os.path.join(d, manifest["Config"])))["config"]
assert config["User"] == "10001:10001", config["User"]
assert config["Entrypoint"][0] == "java", config["Entrypoint"]
print("build-image: user", config["User"], "entrypoint", " ".join(config["Entrypoint"][:4]), "...", "ports", sorted(config.get("ExposedPorts", {})))
open(os.path.join(d, "entrypoint"), "w").write("\0".join(config["Entrypoint"] + config.get("Cmd", [])))
open(os.path.join(d, "layers"), "w").write("\n".join(manifest["Layers"]))
PY
mkdir "$check/rootfs"
while read -r layer || [[ -n $layer ]]; do tar --warning=no-unknown-keyword -xzf "$check/$layer" -C "$check/rootfs"; done < "$check/layers"
mapfile -d '' entry < "$check/entrypoint"
# Replace the image's trailing arguments (serve --host 0.0.0.0) with --version for the first run.
cmd=()
for a in "${entry[@]}"; do [[ $a == serve ]] && break; cmd+=("$a"); done
chroot_bin="$(command -v chroot)"
# The image's environment, as a runtime would set it (without /proc in a bare chroot the loader
# cannot resolve the runtime's $ORIGIN paths: LD_LIBRARY_PATH, set in the image too, names them).
run() { env -i PATH=/opt/java/bin JAVA_HOME=/opt/java HOME=/home/prism XDG_DATA_HOME=/tmp/prism-data \
  LD_LIBRARY_PATH=/opt/java/lib:/opt/java/lib/server \
  "$chroot_bin" --userspec=10001:10001 "$check/rootfs" "$@"; }
(cd "$check/rootfs" && run "${cmd[@]}" --version)
run "${cmd[@]}" serve --host 127.0.0.1 --port 18931 > "$check/serve.out" 2>&1 &
server=$!
for _ in $(seq 120); do
  if curl -fsS -o /dev/null http://127.0.0.1:18931/readyz 2>/dev/null; then
    curl -fsS -H 'Content-Type: application/json' --data '{"text":"Jo Doe\njo@example.org\n\nExperience\nBackend Engineer, Acme, 2020 - Present\n- Cut p99 latency from 300 ms to 90 ms\n"}' \
      http://127.0.0.1:18931/api/v1/checks | python3 -c 'import json,sys; r=json.load(sys.stdin); print("build-image: the image checked a resume as user 10001: score", r["score"])'
    # The image holds the modules of this tree, not older copies.
    for m in prism-core prism-ingest prism-server; do
      cmp -s "$check/rootfs/app/libs/$m-0.1.0.jar" "$m/target/$m-0.1.0.jar" || { echo "build-image: stale $m in the image" >&2; exit 1; }
    done
    exit 0
  fi
  sleep 0.5
done
echo "build-image: the image did not serve" >&2
cat "$check/serve.out" >&2
exit 1
