// Installs dependencies when they are missing or when package-lock.json changed since the last install
// (a fresh clone, a pull). Compares a hash of the lock file, not modification times: a checkout or a git
// worktree gives files new times without changing them.
import { execSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const lock = readFileSync(join(root, 'package-lock.json'));
const hash = createHash('sha256').update(lock).digest('hex');
const stamp = join(root, 'node_modules', '.installed-lock-sha256');
const installed = existsSync(stamp) ? readFileSync(stamp, 'utf8').trim() : null;
if (installed !== hash) {
  process.stdout.write('[setup] installing dependencies (npm ci)…\n');
  execSync('npm ci --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
  writeFileSync(stamp, hash);
}
