#!/usr/bin/env bash
# What a new user does after `npm install`: `npm start` in a fresh data folder, then read the
# seeded catalogue over HTTP. Fails if the node does not serve Bleu's signed catalogue.
set -euo pipefail
data=$(mktemp -d)
port=18787
log="$data/start.log"
if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then
  echo "port $port is already serving: stop that process first"; exit 1
fi
# its own process group, so the cleanup stops npm, tsx and the node server together
setsid env GXC_DATA_DIR="$data" GXC_PORT=$port npm start >"$log" 2>&1 &
pid=$!
trap 'kill -- -$pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$data"' EXIT

for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
  sleep 1
done

offerings=$(curl -fsS "http://127.0.0.1:$port/.well-known/gaia-x-catalogue" | node -e '
  let s = ""; process.stdin.on("data", (d) => (s += d)).on("end", () => console.log(JSON.parse(s).counts.offerings))')
echo "seeded offerings: $offerings"
[ "$offerings" -ge 15 ] || { cat "$log"; exit 1; }
curl -fsS "http://127.0.0.1:$port/api/v1/offerings?limit=3" >"$data/offerings.json"
head -c 400 "$data/offerings.json"; echo
stat -c '%a %n' "$data/node-key.json" | grep -q '^600 ' || { echo 'node-key.json is not 0600'; exit 1; }
