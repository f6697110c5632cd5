// `npm run test:faults [-- --quick | --full]`: fault injection on a private copy of the whole system.
// Starts its own PostgreSQL cluster (embedded, free port, temporary data folder), its own nats-server -js
// and the five built apps as separate processes; drives reservations, payments, harvests and completions
// through the public API; and one fault at a time — kill -9 of each app then its restart, a stop and
// restart of NATS, `pg_ctl stop -m immediate` of PostgreSQL then its start — checks from its own ledger of
// acknowledged calls that nothing was lost or doubled, that reconcile finds 0 differences, how long /health
// took to answer 200 again, and how many 5xx were not 503. Prints a table; exit 1 on a loss, a double or a 500.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './infra.mjs';
import { APPS, makeWorkDir, startApps, startNats, startNatsCluster, startPostgres } from './faults/cluster.mjs';
import { checkCounters, checkReport, checkReservations, reconcile } from './faults/checks.mjs';
import { Api, Ledger, Load, setUp, Stats } from './faults/load.mjs';

const full = process.argv.includes('--full');
// --cluster: NATS as three nodes with R3 streams, and one more fault: kill -9 of the EVT_ORDER stream's leader
const clustered = process.argv.includes('--cluster');
const PROFILE = full
  ? { name: 'full', warmMs: 30_000, outageMs: 5_000, afterMs: 30_000, cycles: 3, streams: 3, consumers: 16 }
  : { name: 'quick', warmMs: 8_000, outageMs: 2_000, afterMs: 5_000, cycles: 2, streams: 2, consumers: 8 };
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const log = (m) => process.stdout.write(`[faults ${new Date().toISOString().slice(11, 19)}] ${m}\n`);

for (const app of APPS) {
  if (!existsSync(join(ROOT, 'dist', 'apps', app, 'src', 'main.js'))) {
    console.error(`dist/apps/${app}/src/main.js is missing: run \`npm run build\` first`);
    process.exit(2);
  }
}

const work = makeWorkDir();
const logDir = join(ROOT, '.data', 'faults-logs', new Date().toISOString().replace(/[:.]/g, '-'));
mkdirSync(logDir, { recursive: true });
const cleanups = [];
let cleaned;
const cleanup = () =>
  (cleaned ??= (async () => {
    while (cleanups.length)
      await cleanups
        .pop()()
        .catch((e) => console.error(`clean-up: ${e.message}`));
    work.remove();
  })());
process.on('SIGINT', () => cleanup().then(() => process.exit(130)));

async function health(base) {
  try {
    const r = await fetch(`${base}/health`, { signal: AbortSignal.timeout(3000) });
    return r.status;
  } catch {
    return 'net';
  }
}
/** ms until /health answers 200; an app that crashed by itself meanwhile is started again, as a supervisor would. */
async function healthBack(base, since, timeoutMs = 180_000, apps) {
  while (Date.now() - since < timeoutMs) {
    apps?.restartCrashed();
    if ((await health(base)) === 200) return Date.now() - since;
    await sleep(250);
  }
  return null;
}

const rows = [];
let failed = false;
let lossFound = false;
let crashes = 0;

async function main() {
  const t0 = Date.now();
  log(`profile ${PROFILE.name}; work folder ${work.dir}; app logs ${logDir}`);
  const pg = await startPostgres(work.dir);
  cleanups.push(() => pg.stop());
  log(`PostgreSQL (embedded, ours): 127.0.0.1:${pg.port}`);
  const nats = clustered ? await startNatsCluster(work.dir) : await startNats(work.dir);
  cleanups.push(() => nats.stop());
  log(`NATS (ours${clustered ? ', three nodes, R3 streams' : ''}): ${nats.url}`);
  const apps = await startApps({
    pgUrl: pg.url,
    natsUrl: nats.url,
    natsEnvFor: nats.envFor,
    logDir,
    extraEnv: clustered ? { JETSTREAM_REPLICAS: '3' } : {},
  });
  cleanups.push(() => apps.stopAll());
  const firstHealth = await healthBack(apps.base, t0, 240_000, apps);
  if (apps.exits.length)
    log(
      `apps that exited by themselves while starting (started again): ${apps.exits.map((e) => `${e.app} (${e.code ?? e.sig})`).join(', ')}`,
    );
  crashes = apps.exits.length; // shown on the baseline row
  if (firstHealth === null) throw new Error('the system did not answer /health 200 within 240 s (see the app logs)');
  log(`system up, /health 200 after ${(firstHealth / 1000).toFixed(1)} s`);

  const stats = new Stats();
  const api = new Api(apps.base, stats);
  const ctx = await setUp(api, apps.admin, PROFILE.consumers, apps.env.SMS_LOG_PATH);
  // the checks' own calls are counted apart from the load's (their 5xx still fail the run)
  const checkStats = new Stats();
  const checkApi = new Api(apps.base, checkStats);
  const ledger = new Ledger();
  const load = new Load(api, ledger, ctx, PROFILE);

  const faults = [
    ...APPS.map((app) => ({
      name: `kill -9 ${app}`,
      inject: () => apps.kill(app, 'SIGKILL'),
      restore: async () => apps.start(app),
    })),
    { name: 'NATS stop + start', inject: () => nats.stop('SIGTERM'), restore: () => nats.start() },
    { name: 'PostgreSQL -m immediate', inject: async () => pg.crash(), restore: () => pg.start() },
  ];
  if (clustered) {
    let leader;
    faults.push({
      name: 'kill -9 EVT_ORDER leader',
      inject: async () => {
        leader = await nats.leaderOf('EVT_ORDER');
        log(`EVT_ORDER is led by ${leader?.name}`);
        await leader.stop('SIGKILL');
      },
      restore: () => leader.start(),
    });
  }

  stats.phase = 'baseline';
  load.start();
  await sleep(PROFILE.warmMs);
  await checkPhase('baseline (no fault)', null);

  for (const f of faults) {
    stats.phase = f.name;
    log(`${f.name}…`);
    const since = Date.now();
    await f.inject();
    await sleep(PROFILE.outageMs);
    await f.restore();
    const exitsBefore = apps.exits.length;
    const back = await healthBack(apps.base, since, 180_000, apps);
    log(`${f.name}: /health 200 again after ${back === null ? 'never (180 s)' : `${(back / 1000).toFixed(1)} s`}`);
    await sleep(PROFILE.afterMs);
    apps.restartCrashed();
    crashes = apps.exits.length - exitsBefore;
    await checkPhase(f.name, back);
  }
  await load.stop();
  if (apps.exits.length)
    log(
      `apps that exited by themselves: ${apps.exits.map((e) => `${e.app} (${e.code ?? e.sig}) at ${e.at}`).join(', ')}`,
    );
  log(`done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);

  async function checkPhase(name, back) {
    await load.pause();
    checkStats.phase = stats.phase;
    const res = await checkReservations(checkApi, ledger);
    const counters = await checkCounters(checkApi, ledger, ctx, apps.databaseUrl('harvest-preorder'));
    const report = await checkReport(checkApi, ledger, ctx, apps.databaseUrl('order'));
    const rec = await reconcile({ ...apps.env, ...nats.envFor('reporting') }, report.month); // the CLI asks the order service as reporting's NATS user
    const s = stats.of(stats.phase);
    const c = checkStats.of(stats.phase);
    const row = {
      fault: name,
      health: back === null ? (name.startsWith('baseline') ? '—' : 'never') : `${(back / 1000).toFixed(1)} s`,
      calls: s.calls,
      s503: s.statuses[503] ?? 0,
      net: s.statuses.net ?? 0,
      non503: s.non503 + c.non503,
      slowest: `${(s.slowestMs / 1000).toFixed(1)} s`,
      reservations: `${res.checked - res.missing}/${res.checked}`,
      lost: res.missing + res.replayDiffers,
      counters: counters.mismatched + counters.over + counters.ackedAbove,
      completed: `${report.completedAcked}/${report.inOrderDb}/${report.salesCount}`,
      reconcile: Number.isNaN(rec.differences) ? `error` : rec.differences,
      stuck: ledger.stuck.length,
      crashed: crashes,
    };
    crashes = 0;
    row.samples = [...s.samples, ...c.samples];
    rows.push(row);
    const lostOrDoubled =
      row.lost > 0 ||
      row.counters > 0 ||
      report.salesCount !== report.inOrderDb ||
      report.completedAcked > report.inOrderDb ||
      row.reconcile !== 0;
    if (lostOrDoubled) lossFound = true;
    if (lostOrDoubled || row.non503 > 0) failed = true;
    for (const x of [...res.samples, ...counters.samples, ...s.samples, ...c.samples]) log(`  ${name}: ${x}`);
    if (rec.error) log(`  reconcile: ${rec.error}`);
    log(`${name}: checked — ${JSON.stringify({ ...row, samples: undefined })}`);
    load.resume();
  }
}

function printTable() {
  const head = [
    'fault',
    '/health 200 after',
    'calls',
    '503',
    'net err',
    '5xx not 503',
    'slowest call',
    '201s found',
    'lost/doubled',
    'counter errors',
    'completed acked/db/report',
    'reconcile diffs',
    'stuck cycles',
    'apps crashed by themselves',
  ];
  const keys = [
    'fault',
    'health',
    'calls',
    's503',
    'net',
    'non503',
    'slowest',
    'reservations',
    'lost',
    'counters',
    'completed',
    'reconcile',
    'stuck',
    'crashed',
  ];
  const cells = [head, ...rows.map((r) => keys.map((k) => String(r[k])))];
  const w = head.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((x, i) => x.padEnd(w[i])).join(' | ')} |`;
  console.log(
    `\nFault injection, ${PROFILE.name} profile${clustered ? ', three-node NATS cluster with R3 streams' : ''}, ${new Date().toISOString()}`,
  );
  console.log(line(head));
  console.log(`|${w.map((n) => '-'.repeat(n + 2)).join('|')}|`);
  for (const c of cells.slice(1)) console.log(line(c));
  const with500 = rows.filter((r) => r.samples?.length);
  if (with500.length) {
    console.log('\n5xx other than 503 (distinct answers, first five per fault):');
    for (const r of with500) for (const x of r.samples) console.log(`  ${r.fault}: ${x}`);
  }
  const non503 = rows.reduce((n, r) => n + r.non503, 0);
  console.log(
    !failed
      ? '\nPASS: nothing lost or doubled, no 5xx other than 503'
      : `\nFAIL: ${lossFound ? 'something was lost or doubled (see the columns above)' : 'nothing lost or doubled'}; ${non503} × 5xx other than 503`,
  );
}

const hardStop = setTimeout(
  () => {
    console.error(`[faults] time limit reached (${full ? 30 : 8} min): stopping`);
    failed = true;
    printTable();
    cleanup().then(() => process.exit(1));
  },
  (full ? 30 : 8) * 60_000,
);
hardStop.unref();

main().then(
  async () => {
    printTable();
    await cleanup();
    process.exit(failed ? 1 : 0);
  },
  async (e) => {
    console.error(`[faults] ${e.stack ?? e.message}`);
    if (rows.length) printTable();
    await cleanup();
    process.exit(1);
  },
);
