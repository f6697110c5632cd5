import { Coalescer } from './reserve-coalescer.js';

describe('Coalescer', () => {
  it('when a whole group fails, decides its requests one by one so only the bad one fails', async () => {
    const calls: number[][] = [];
    const c = new Coalescer<number, string>({
      windowMs: 5,
      maxGroup: 10,
      // a group containing the bad request fails as a whole, like one transaction would
      decide: async (_key, reqs) => {
        calls.push([...reqs]);
        if (reqs.includes(13)) throw new Error('integer out of range');
        return reqs.map((r) => `ok ${r}`);
      },
    });
    const answers = await Promise.allSettled([1, 13, 2].map((n) => c.submit('batch', n)));
    expect(answers.map((a) => a.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(answers[0]).toMatchObject({ value: 'ok 1' });
    expect(answers[2]).toMatchObject({ value: 'ok 2' });
    expect(calls).toEqual([[1, 13, 2], [1], [13], [2]]);
  });

  it('a group of one that fails is not decided again', async () => {
    let n = 0;
    const c = new Coalescer<number, string>({
      windowMs: 1,
      maxGroup: 10,
      decide: async () => {
        n++;
        throw new Error('down');
      },
    });
    await expect(c.submit('b', 1)).rejects.toThrow('down');
    expect(n).toBe(1);
  });
});
