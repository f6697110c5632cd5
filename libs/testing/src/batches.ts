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
