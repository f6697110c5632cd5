import { getMetadataStorage } from 'class-validator';

/** class-validator's ValidationMetadata (not exported from its entry point) */
type ValidationMetadata = object;

type Lookup = (
  target: Function,
  schema: string | undefined,
  always: boolean,
  strictGroups: boolean,
  groups?: string[],
) => ValidationMetadata[];

interface Storage {
  getTargetValidationMetadatas: Lookup & { cached?: true };
  addValidationMetadata(m: unknown): void;
  addValidationSchema(s: unknown): void;
  addConstraintMetadata(m: unknown): void;
}

/**
 * class-validator looks up a class's rules on EVERY object it validates, and that lookup walks the whole
 * metadata storage (an `instanceof` test against every decorated class of the app, then filters): it was
 * the gateway's largest single function during a live sale, and the order service paid it for each of the
 * up to 200 nested orders of a group. The rules of a class only change when a decorator runs (at import),
 * so the answer is kept per (class, schema, options, groups) and dropped whenever a rule is added.
 * The storage is process-global (class-validator keeps it on globalThis), so one wrapper serves every copy.
 */
export function cacheValidationMetadata(): void {
  const storage = getMetadataStorage() as unknown as Storage;
  if (storage.getTargetValidationMetadatas.cached) return;
  const lookup = storage.getTargetValidationMetadatas.bind(storage) as Lookup;
  let cache = new Map<unknown, Map<string, ValidationMetadata[]>>();
  const cached: Lookup & { cached?: true } = (target, schema, always, strictGroups, groups) => {
    const key = `${schema ?? ''}\u0000${always}\u0000${strictGroups}\u0000${groups?.join('\u0001') ?? ''}`;
    let perTarget = cache.get(target);
    if (!perTarget) cache.set(target, (perTarget = new Map()));
    let found = perTarget.get(key);
    if (!found) perTarget.set(key, (found = lookup(target, schema, always, strictGroups, groups)));
    // a copy: a caller may change its array, never the next caller's
    return found.slice();
  };
  cached.cached = true;
  storage.getTargetValidationMetadatas = cached;
  for (const name of ['addValidationMetadata', 'addValidationSchema', 'addConstraintMetadata'] as const) {
    const add = storage[name].bind(storage);
    storage[name] = (m: unknown) => {
      cache = new Map();
      add(m);
    };
  }
}
