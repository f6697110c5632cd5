import type { TestSystem } from './system.js';

/**
 * Opens a batch through the API as its producer. A batch whose opening time has passed may be opened
 * first by harvest-preorder's sweeper (every second): then `open` answers 409 ILLEGAL_TRANSITION, which is
 * fine as long as the batch is open. Anything else fails the test with the answer.
 */
export async function openBatchAsProducer(sys: TestSystem, token: string, batchId: string): Promise<void> {
  const res = await sys
    .http()
    .post(`/api/v1/batches/${batchId}/open`)
    .set({ authorization: `Bearer ${token}` });
  if (res.status === 200) return;
  const now = await sys
    .http()
    .get(`/api/v1/batches/${batchId}`)
    .set({ authorization: `Bearer ${token}` });
  if (res.status === 409 && now.body.status === 'open') return;
  throw new Error(`open batch ${batchId}: ${res.status} ${JSON.stringify(res.body)} (now ${now.body.status})`);
}

/**
 * Creates a batch as its producer and opens it (openBatchAsProducer) unless the harvest-preorder sweep
 * already has. Answers the batch as read once created (its pickup points' ids, the defaults it was given).
 */
export async function createOpenBatch(
  sys: TestSystem,
  token: string,
  body: Record<string, unknown>,
): Promise<{ id: string } & Record<string, any>> {
  const created = await sys
    .http()
    .post('/api/v1/batches')
    .set({ authorization: `Bearer ${token}` })
    .send(body);
  if (created.status !== 201) throw new Error(`batch: ${created.status} ${JSON.stringify(created.body)}`);
  const read = await sys
    .http()
    .get(`/api/v1/batches/${created.body.id}`)
    .set({ authorization: `Bearer ${token}` });
  if (read.status !== 200) throw new Error(`batch ${created.body.id}: ${read.status} ${JSON.stringify(read.body)}`);
  if (read.body.status === 'draft') await openBatchAsProducer(sys, token, created.body.id);
  return read.body;
}
