/**
 * Messages through the bench's nats-server per app, from its monitoring endpoint (`/connz?auth=1`: each
 * connection's authorized user is the app's NATS user). `in` = messages the app published, `out` = messages
 * the server delivered to it; read per reservation, they show which hop multiplies messages.
 */
export type NatsCounts = Record<string, { in: number; out: number }>;

export async function natsCounts(monitorPort: number): Promise<NatsCounts> {
  const res = await fetch(`http://127.0.0.1:${monitorPort}/connz?auth=1&limit=4096&state=any`);
  const body = (await res.json()) as {
    connections?: Array<{ authorized_user?: string; in_msgs: number; out_msgs: number }>;
  };
  const out: NatsCounts = {};
  for (const c of body.connections ?? []) {
    const k = c.authorized_user ?? 'anonymous';
    out[k] ??= { in: 0, out: 0 };
    out[k].in += c.in_msgs;
    out[k].out += c.out_msgs;
  }
  return out;
}

/** Per-app messages between two snapshots, divided by `per` (the phase's requests), as one line. */
export function natsCountsLine(a: NatsCounts, b: NatsCounts, per: number): string {
  const parts: string[] = [];
  let total = 0;
  for (const k of Object.keys(b).sort()) {
    const i = b[k].in - (a[k]?.in ?? 0);
    const o = b[k].out - (a[k]?.out ?? 0);
    if (!i && !o) continue;
    total += i + o;
    parts.push(`${k} ${(i / per).toFixed(2)} in / ${(o / per).toFixed(2)} out`);
  }
  return `NATS messages per request: ${parts.join(', ')}; total ${(total / per).toFixed(2)}`;
}
