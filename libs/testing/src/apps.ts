import type { Env } from '@app/config';
import type { MigrationInterface } from 'typeorm';

export const SERVICES = ['catalog', 'harvest-preorder', 'order', 'reporting', 'notification'] as const;
export type ServiceName = (typeof SERVICES)[number];
export type AppName = ServiceName | 'gateway';

/** An app started in the test process. */
export interface RunningApp {
  close(): Promise<void>;
  /** the gateway's base URL */
  url?: string;
}

/** What the harness needs of one app: how to start it, and the migrations its database is built from. */
export interface AppFactory {
  /** Starts the app with this environment (production code paths, test settings). */
  start(env: Env): Promise<RunningApp>;
  /** Its migrations, in order: a suite's database is a copy of a template migrated with them. */
  migrations: Array<new () => MigrationInterface>;
  /** The file its migrations list is exported from (repository-relative): the template's name hashes what it imports. */
  migrationsFile: string;
}

/** Loads an app's factory on first use (a unit suite that starts no system imports no app). */
export type AppLoader = () => Promise<AppFactory>;

let loaders: Partial<Record<AppName, AppLoader>> = {};
const loaded = new Map<AppName, Promise<AppFactory>>();
/** one load at a time: jest's ESM loader fails ("request for 'node:fs' is not in cache") when imports of a shared graph race */
let loading: Promise<unknown> = Promise.resolve();

/**
 * Called by the top-level test folder (test/apps.ts, a jest setup file): libs/testing never imports an app,
 * the apps are handed to it.
 */
export function registerApps(apps: Record<AppName, AppLoader>): void {
  loaders = apps;
  loaded.clear();
}

export function appFactory(name: AppName): Promise<AppFactory> {
  const load = loaders[name];
  if (!load)
    throw new Error(
      `no factory registered for the app "${name}": jest.config.js's setupFiles registers them (test/apps.ts)`,
    );
  if (!loaded.has(name)) {
    const next = loading.catch(() => undefined).then(load);
    loading = next;
    loaded.set(name, next);
  }
  return loaded.get(name)!;
}
