import { BATCH_ACTIONS, BATCH_STATUSES } from '@app/contracts';
import { BATCH_TRANSITIONS, nextStatus } from './batch-lifecycle.js';

const legal: Array<[string, string, string]> = [
  ['draft', 'open', 'open'],
  ['open', 'close', 'closed'],
  ['closed', 'harvest', 'harvested'],
  ['harvested', 'complete', 'completed'],
  ['draft', 'cancel', 'cancelled'],
  ['open', 'cancel', 'cancelled'],
  ['closed', 'cancel', 'cancelled'],
];

describe('batch lifecycle table', () => {
  it.each(legal)('%s --%s--> %s', (from, action, to) => {
    expect(nextStatus(from as never, action as never)).toBe(to);
  });

  const illegal = BATCH_STATUSES.flatMap((s) => BATCH_ACTIONS.map((a) => [s, a] as const)).filter(
    ([s, a]) => !legal.some(([f, la]) => f === s && la === a),
  );
  it.each(illegal)('%s --%s--> ILLEGAL_TRANSITION', (from, action) => {
    expect(() => nextStatus(from, action)).toThrow(expect.objectContaining({ code: 'ILLEGAL_TRANSITION' }));
  });

  it('has exactly the legal transitions listed above', () => {
    const all = Object.entries(BATCH_TRANSITIONS).flatMap(([a, t]) => t.from.map((f) => `${f}-${a}-${t.to}`));
    expect(all.sort()).toEqual(legal.map(([f, a, t]) => `${f}-${a}-${t}`).sort());
  });
});
