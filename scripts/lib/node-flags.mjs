// V8 flags per app, for every launcher on this machine: scripts/start.mjs (`npm start`), scripts/lib/system.mjs
// (check:web, the fuzzer, the fault suite) and the live-sale bench. docker-compose.yml gives the gateway the
// same flags as NODE_OPTIONS (keep the two together).
//
// The gateway allocates a short-lived object graph per HTTP request (headers, the parsed body, the answer);
// with V8's default young generation (16 MB semi-spaces) a live sale's scavenges promote part of it and
// garbage collection was ~20 % of the gateway's CPU profile. 64 MB semi-spaces, in full `bench:live-sale` runs
// alternated with and without (docs/benchmarks.md, issue 14, seventh session): the gateway's CPU per
// reservation at 500 in flight 0.154–0.160 → 0.095–0.106 ms, the whole system's 0.50–0.52 → 0.42–0.47 ms,
// and a smaller peak RSS (282–286 against 319–365 MB: less is promoted to the old generation). Tried for
// every app (quick rounds), it cost the order service CPU (0.075–0.083 → 0.093–0.095 ms), so it is the
// gateway's only.
const FLAGS = {
  gateway: ['--max-semi-space-size=64'],
};

/** The node flags `app` starts with (before its main module). */
export function nodeFlags(app) {
  return FLAGS[app] ?? [];
}
