import type { IntegrationEvent } from '@app/contracts';
import { valuesOf } from './format.js';
import { lastBangkokHour } from './manners.js';
import { dailySummary, onPromoted, onSoldOut, onWaitlisted, windowClosingReminder } from './batch-rules.js';
import { channelsFor, defaultChannels } from './rules.js';
import { render } from './templates.js';

const bkk = (s: string) => new Date(`${s}+07:00`);
const ev = <T>(type: string, data: T, id = 'e1'): IntegrationEvent<string, T> => ({
  id,
  type,
  version: 1,
  occurredAt: '2026-03-01T03:00:00Z',
  data,
});

describe('batch and waitlist events: who is told what', () => {
  it('waitlisted: each consumer of the event, with its place in line, once per reservation', () => {
    const intents = onWaitlisted(
      ev('preorder.reservations.waitlisted', {
        batchId: 'b1',
        producerId: 'p1',
        productName: 'ลำไย',
        unit: 'kg',
        items: [
          { reservationId: 'r1', consumerId: 'c1', quantity: 5, place: 1 },
          { reservationId: 'r2', consumerId: 'c2', quantity: 2, place: 2 },
        ],
      }),
    );
    expect(intents).toEqual([
      expect.objectContaining({
        recipient: 'user:c1',
        kind: 'waitlisted',
        facts: expect.objectContaining({ position: 1, quantity: 5 }),
        link: '/reservations/r1',
        dedupeKey: 'e1/user:c1/waitlisted/r1',
      }),
      expect.objectContaining({
        recipient: 'user:c2',
        facts: expect.objectContaining({ position: 2 }),
        link: '/reservations/r2',
      }),
    ]);
    const r = render('waitlisted', 'th', valuesOf(intents[0].facts, 'th', 'https://x/reservations/r1'));
    expect('body' in r && r.body).toContain('ลำดับที่ 1');
  });

  it('promoted: the consumer, about its order (merged with the order-opened message), by SMS when LINE is not linked', () => {
    const [i] = onPromoted(
      ev('preorder.reservation.promoted', {
        reservationId: 'r1',
        orderId: 'o1',
        batchId: 'b1',
        consumerId: 'c1',
        producerId: 'p1',
        productName: 'ลำไย',
        unit: 'kg',
        requested: 5,
        quantity: 3,
        promotedAt: '2026-03-01T03:00:00Z',
      }),
    );
    expect(i).toMatchObject({
      recipient: 'user:c1',
      kind: 'waitlist_promoted',
      orderId: 'o1',
      link: '/orders/o1',
      facts: { quantity: 3 },
    });
    expect(defaultChannels('waitlist_promoted', { lineLinked: false })).toEqual(['sms']);
  });

  it('sold out: the producer, once per batch whatever event says it', () => {
    const data = {
      batchId: 'b1',
      producerId: 'p1',
      productName: 'ลำไย',
      unit: 'kg',
      reservableQuantity: 500,
      soldOutAt: '2026-03-01T03:00:00Z',
    };
    const [a] = onSoldOut(ev('preorder.batch.sold_out', data, 'e1'));
    const [b] = onSoldOut(ev('preorder.batch.sold_out', data, 'e2'));
    expect(a).toMatchObject({
      recipient: 'producer:p1',
      kind: 'batch_sold_out',
      link: '/farmer/batches/b1',
      facts: { quantity: 500 },
    });
    expect(a.dedupeKey).toBe(b.dedupeKey);
    // not money: in-app only unless LINE is linked or the producer chose more
    expect(channelsFor('batch_sold_out', undefined, { lineLinked: false, phone: true, email: true })).toEqual([]);
  });

  it('window closing: once per batch and closing time, never for a sold-out batch', () => {
    const b = {
      batchId: 'b1',
      producerId: 'p1',
      productName: 'ลำไย',
      closesAt: '2026-03-02T10:00:00.000Z',
      soldOut: false,
    };
    expect(windowClosingReminder(b)).toMatchObject({
      recipient: 'producer:p1',
      kind: 'window_closing',
      dedupeKey: 'window_closing/b1/2026-03-02T10:00:00.000Z',
      facts: { deadline: b.closesAt },
    });
    expect(windowClosingReminder({ ...b, closesAt: '2026-03-03T10:00:00.000Z' })!.dedupeKey).not.toBe(
      windowClosingReminder(b)!.dedupeKey,
    );
    expect(windowClosingReminder({ ...b, soldOut: true })).toBeNull();
  });

  it('daily summary: ONE message per producer and day, counting every reservation; none for a day without', () => {
    const i = dailySummary({
      producerId: 'p1',
      day: '2026-03-01',
      products: [
        { productName: 'มะม่วง', count: 2 },
        { productName: 'ลำไย', count: 40 },
      ],
    })!;
    expect(i).toMatchObject({
      recipient: 'producer:p1',
      kind: 'daily_summary',
      dedupeKey: 'daily_summary/p1/2026-03-01',
      facts: { count: 42, product: 'ลำไย 40, มะม่วง 2' },
    });
    const r = render('daily_summary', 'en', valuesOf(i.facts, 'en', 'https://x/farmer/batches'));
    expect(r).toMatchObject({ title: "Today's new reservations: 42" });
    expect(dailySummary({ producerId: 'p1', day: '2026-03-01', products: [] })).toBeNull();
  });

  it('the summary covers the 24 hours up to the last summary hour (Bangkok), named by its Bangkok date', () => {
    expect(lastBangkokHour(bkk('2026-03-01T18:30:00'), 18)).toEqual({
      at: bkk('2026-03-01T18:00:00'),
      day: '2026-03-01',
    });
    expect(lastBangkokHour(bkk('2026-03-01T17:59:00'), 18)).toEqual({
      at: bkk('2026-02-28T18:00:00'),
      day: '2026-02-28',
    });
    expect(lastBangkokHour(bkk('2026-03-02T01:00:00'), 18)).toEqual({
      at: bkk('2026-03-01T18:00:00'),
      day: '2026-03-01',
    });
  });
});
