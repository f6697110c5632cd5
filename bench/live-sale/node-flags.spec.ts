import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * The apps' V8 flags (scripts/lib/node-flags.mjs) are given by every launcher; docker-compose.yml repeats the
 * gateway's as NODE_OPTIONS. Both must say the same, and node must accept them (a misspelt flag stops the app).
 */
describe('the apps’ node flags', () => {
  const load = async () =>
    (await import(pathToFileURL(join(process.cwd(), 'scripts', 'lib', 'node-flags.mjs')).href)) as {
      nodeFlags(app: string): string[];
    };

  it('are what docker-compose.yml gives the gateway as NODE_OPTIONS', async () => {
    const { nodeFlags } = await load();
    const compose = readFileSync(join(process.cwd(), 'docker-compose.yml'), 'utf8');
    const gateway = compose.slice(compose.indexOf('\n  gateway:'));
    const options = /\n\s+NODE_OPTIONS: (.*)\n/.exec(gateway)?.[1];
    expect(nodeFlags('gateway').length).toBeGreaterThan(0);
    expect(options?.split(/\s+/)).toEqual(nodeFlags('gateway'));
    // the other services start with none (in the compose file the gateway is the only one with NODE_OPTIONS)
    expect(compose.match(/NODE_OPTIONS:/g)).toHaveLength(1);
    expect(nodeFlags('order')).toEqual([]);
  });

  it('are accepted by node', async () => {
    const { nodeFlags } = await load();
    for (const app of ['gateway', 'catalog', 'harvest-preorder', 'order', 'reporting', 'notification'])
      expect(
        execFileSync(process.execPath, [...nodeFlags(app), '-e', 'process.stdout.write("ok")'], { encoding: 'utf8' }),
      ).toBe('ok');
  });
});
