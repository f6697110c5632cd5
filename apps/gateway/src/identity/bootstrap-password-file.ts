import { chmodSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Where a generated admin password goes: a file only its owner can read (0600). Never a log line — the
 * gateway's stdout ends up in `.data/logs/gateway.log` under npm start, in journald or in `docker logs`
 * elsewhere, all read by more people and kept longer than a password should be. npm start shows it on
 * the terminal, read from this file.
 *
 * Written before the user is inserted (a password nobody can read would leave an admin nobody can use),
 * as a temporary file that becomes the real one only once the insert succeeded (`commit`), and is removed
 * when another replica won the race (`discard`).
 */
export function stagePasswordFile(path: string, login: string, password: string): { commit(): void; discard(): void } {
  const staged = `${path}.${process.pid}.tmp`;
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(staged, `${login}\n${password}\n`, { mode: 0o600 });
  chmodSync(staged, 0o600);
  return { commit: () => renameSync(staged, path), discard: () => rmSync(staged, { force: true }) };
}
