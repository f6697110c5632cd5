// The printed results: a table of answers by route and status, then each violation once per (kind, route,
// status) with how many times it happened and the first request that shows it, ready to send again.
const KINDS = {
  '5xx': 'server error (5xx other than 503 with Retry-After)',
  'no-answer': 'no answer (connection dropped or 15 s timeout)',
  slow: 'slower than the bar, again when sent a second time',
  rows: 'rows written by a request answered with an error',
  accepted: 'input that breaks the document answered 2xx',
  unauth: 'a request without a valid identity answered 2xx on a route that needs one',
};

const short = (key) => key.replace(' /api/v1', ' ');

export function statusTable(stats) {
  const statuses = [...new Set(Object.values(stats).flatMap((s) => Object.keys(s.byStatus)))].sort();
  const w = Math.max(...Object.keys(stats).map((k) => short(k).length), 5);
  const head = `${'route'.padEnd(w)}  ${'sent'.padStart(5)} ${statuses.map((s) => s.padStart(4)).join(' ')}  ${'max ms'.padStart(6)}`;
  const lines = [head, '-'.repeat(head.length)];
  const total = { sent: 0, byStatus: {}, maxMs: 0 };
  for (const [key, s] of Object.entries(stats)) {
    lines.push(
      `${short(key).padEnd(w)}  ${String(s.sent).padStart(5)} ${statuses.map((st) => String(s.byStatus[st] ?? '').padStart(4)).join(' ')}  ${String(s.maxMs).padStart(6)}`,
    );
    total.sent += s.sent;
    total.maxMs = Math.max(total.maxMs, s.maxMs);
    for (const [st, n] of Object.entries(s.byStatus)) total.byStatus[st] = (total.byStatus[st] ?? 0) + n;
  }
  lines.push('-'.repeat(head.length));
  lines.push(
    `${'total'.padEnd(w)}  ${String(total.sent).padStart(5)} ${statuses.map((st) => String(total.byStatus[st] ?? '').padStart(4)).join(' ')}  ${String(total.maxMs).padStart(6)}`,
  );
  return { lines, total };
}

export function bodyExcerpt(body, max = 160) {
  if (body === undefined) return '(none)';
  const text = Buffer.isBuffer(body) ? `<${body.length} bytes: ${body.toString('latin1').slice(0, 60)}>` : body;
  if (text.length <= max) return text;
  return `${text.slice(0, max - 40)}…${text.slice(-30)} (${text.length} chars)`;
}

export function violationLines(violations, runOptions) {
  const groups = new Map();
  for (const v of violations) {
    const k = `${v.kind}|${v.case.route}|${v.status}`;
    if (!groups.has(k)) groups.set(k, { ...v, count: 0 });
    groups.get(k).count++;
  }
  const lines = [];
  for (const g of groups.values()) {
    const c = g.case;
    lines.push(
      `✗ [${g.kind}] ${c.route} → ${g.status}${g.ms !== undefined ? ` in ${g.ms} ms` : ''} (${g.count}×): ${KINDS[g.kind]}`,
    );
    lines.push(`    first: case #${c.index} "${c.label}" as ${c.role}`);
    lines.push(
      `    request: ${c.route.split(' ')[0]} ${g.path}  content-type: ${c.contentType || '(none)'}${Object.keys(c.headers).length ? `  headers: ${JSON.stringify(c.headers).slice(0, 120)}` : ''}`,
    );
    lines.push(`    body: ${bodyExcerpt(c.body, 600)}`);
    if (g.detail) lines.push(`    ${g.detail}`);
    if (g.excerpt) lines.push(`    answer: ${g.excerpt.replace(/\s+/g, ' ').slice(0, 200)}`);
    lines.push(`    again: npm run test:fuzz -- --no-build ${runOptions} --only '${c.route}#${c.index}'`);
  }
  return { lines, groups: groups.size };
}
