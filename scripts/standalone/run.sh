#!/usr/bin/env bash
# Runs the standalone build the way a container host would (issue 12 item 1): copies exactly the folder a
# container gets — <dist>/standalone, <dist>/static beside its build folder, and public/ — into an empty
# directory outside the checkout, and starts `node server.mjs` there as an unprivileged user, with the
# environment this script was given (DATABASE_URL, AUTH_SECRET, …). Nothing else of the checkout is reachable:
# no node_modules, no sources, no next.config.mjs.
#
#   npm run build && scripts/standalone/run.sh            # the build in .next
#   NEXT_DIST_DIR=.next-x scripts/standalone/run.sh       # a build made with NEXT_DIST_DIR=.next-x
#
# As root (CI) the copy belongs to STANDALONE_USER (default nobody) and the server runs as that user through
# setpriv, so it can write only its own folder (.data/ for a PGlite database). As any other user it runs as
# that user. SIGTERM/SIGINT are passed on to the server (graceful shutdown); the copy is removed after it exits.
# STANDALONE_KEEP=1 keeps the copy (its path is printed).
set -euo pipefail
checkout="$(cd "$(dirname "$0")/../.." && pwd)"
dist="${NEXT_DIST_DIR:-.next}"
user="${STANDALONE_USER:-nobody}"

if [ ! -f "$checkout/$dist/standalone/server.mjs" ]; then
  echo "scripts/standalone/run.sh: $dist/standalone/server.mjs is missing: run the build first (output: 'standalone')" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/ecos-standalone-XXXXXX")"
cp -a "$checkout/$dist/standalone/." "$dir/"
mkdir -p "$dir/$dist"
cp -a "$checkout/$dist/static" "$dir/$dist/static"
if [ -d "$checkout/public" ]; then cp -a "$checkout/public" "$dir/public"; fi

run=(node server.mjs)
if [ "$(id -u)" = 0 ]; then
  chown -R "$user:" "$dir"
  run=(setpriv --reuid="$user" --regid="$(id -g "$user")" --clear-groups node server.mjs)
fi
echo "scripts/standalone/run.sh: serving $dir as $(if [ "$(id -u)" = 0 ]; then echo "$user"; else id -un; fi)" >&2

cleanup() {
  if [ "${STANDALONE_KEEP:-}" != 1 ]; then rm -rf "$dir"; fi
}
trap cleanup EXIT
cd "$dir"
# HOME: the unprivileged user's may not exist, and nothing of the caller's must be read.
HOME="$dir" "${run[@]}" &
server=$!
forward() { kill -s "$1" "$server" 2>/dev/null || true; }
trap 'forward TERM' TERM
trap 'forward INT' INT
# wait returns early when a trapped signal arrives: wait again until the server has exited.
while :; do
  status=0
  wait "$server" || status=$?
  kill -0 "$server" 2>/dev/null || break
done
exit "$status"
