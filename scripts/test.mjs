// `npm test`: unit and e2e tests against a real PostgreSQL and real NATS servers.
// PostgreSQL: DATABASE_URL (default localhost:5432), else an embedded one under .data/test-postgres; each
// test suite creates its own databases there and drops them afterwards. NATS: each e2e suite starts its
// own private `nats-server -js` (from PATH) on a free port, so suites and concurrent runs never see each
// other's queue groups or streams.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium, ensurePostgres, findNatsServer, log, NATS_INSTALL_HINT, ROOT } from './infra.mjs';

// Type errors fail the run: ts-jest only transpiles, and `npm start` builds with tsconfig.build.json.
for (const project of ['tsconfig.json', 'tsconfig.build.json', 'apps/web/tsconfig.json']) {
  log(`type-checking (${project})…`);
  const tsc = spawn(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project, '--noEmit'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  const tscCode = await new Promise((r) => tsc.on('exit', (c) => r(c ?? 1)));
  if (tscCode !== 0) {
    log(`type errors in ${project}`);
    process.exit(1);
  }
}

// Lint (import boundaries included) and formatting fail the run too, before any test starts.
for (const script of ['lint', 'format:check']) {
  log(`${script}…`);
  const run = spawn('npm', ['run', '-s', script], { cwd: ROOT, stdio: 'inherit' });
  if ((await new Promise((r) => run.on('exit', (c) => r(c ?? 1)))) !== 0) {
    log(script === 'lint' ? 'lint errors (npm run lint)' : 'files not formatted (npm run format writes them)');
    process.exit(1);
  }
}

// The gateway serves the built web app, and the browser tests drive it in Debian's Chromium.
log('building the web app…');
const vite = spawn('npm', ['run', '-s', 'build:web'], { cwd: ROOT, stdio: 'inherit' });
if ((await new Promise((r) => vite.on('exit', (c) => r(c ?? 1)))) !== 0) {
  log('the web app did not build');
  process.exit(1);
}
ensureChromium();

const pg = await ensurePostgres({
  url: process.env.DATABASE_URL,
  dataDir: join(ROOT, '.data', 'test-postgres'),
  port: 54330,
});
const natsBin = process.env.NATS_SERVER_BIN ?? findNatsServer();
if (!natsBin) {
  log(`nats-server is not installed: ${NATS_INSTALL_HINT}`);
  process.exit(1);
}

// Nothing a run writes leaves the repository: jest's summary and every temporary folder of the suites (the
// private NATS stores, SMS logs, browser profiles: os.tmpdir() follows TMPDIR) go under .data/ (git-ignored).
const runDir = join(ROOT, '.data', 'test-runs', String(process.pid));
mkdirSync(join(runDir, 'tmp'), { recursive: true });
const results = join(runDir, 'jest.json');
const args = [
  '--experimental-vm-modules',
  '--no-warnings=ExperimentalWarning',
  join(ROOT, 'node_modules/jest/bin/jest.js'),
  '--json',
  `--outputFile=${results}`,
  ...process.argv.slice(2),
];
const jest = spawn(process.execPath, args, {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, TEST_DATABASE_URL: pg.url, NATS_SERVER_BIN: natsBin, TMPDIR: join(runDir, 'tmp') },
});
const code = await new Promise((r) => jest.on('exit', (c, sig) => r(c ?? (sig ? 1 : 0))));
await pg.stop();
process.on('exit', () => rmSync(runDir, { recursive: true, force: true }));
// One plain closing line that any CI can read.
if (existsSync(results)) {
  const r = JSON.parse(readFileSync(results, 'utf8'));
  const skipped = r.numPendingTests + r.numTodoTests;
  process.stdout.write(
    `\ntests: ${r.numPassedTests} passed, ${r.numFailedTests} failed${skipped ? `, ${skipped} skipped` : ''}\n`,
  );
  if (r.numTotalTests === 0) {
    process.stdout.write('no test ran\n');
    process.exit(1);
  }
}
process.exit(code);
