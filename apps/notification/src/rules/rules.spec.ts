import type { EventOf, OrderStatusChangedV1 } from '@app/contracts';
import { NOTIFICATION_KINDS } from '@app/contracts';
import { valuesOf } from './format.js';
import { deadlineWithinNight, isQuiet, nextSendTime, reminderAt } from './manners.js';
import {
  channelsFor,
  defaultChannels,
  depositReminder,
  fallbackChannel,
  onStatusChanged,
  statusChanges,
} from './rules.js';
import { placeholders, render, TEMPLATES } from './templates.js';

/** Bangkok wall time → UTC instant */
const bkk = (s: string) => new Date(`${s}+07:00`);

const changed = (over: Partial<OrderStatusChangedV1>): EventOf<'order.status_changed', 1> => ({
  id: 'e1',
  type: 'order.status_changed',
  version: 1,
  occurredAt: '2026-01-01T00:00:00Z',
  data: {
    orderId: '3f6c1b2a-0000-4000-8000-000000000001',
    reservationId: 'r',
    batchId: 'b',
    consumerId: 'c1',
    producerId: 'p1',
    laoCode: '4560501',
    productName: 'ลำไย',
    unit: 'kg',
    from: 'reserved',
    to: 'awaiting_balance',
    trigger: 'allocated',
    at: '2026-01-01T00:00:00Z',
    requestedQuantity: 10,
    quantity: 10,
    totalSatang: 100_000,
    amountDueSatang: 70_000,
    refundedSatang: 0,
    depositDeadline: null,
    fulfilment: { type: 'pickup', pickupPointId: 'pp', pickupPointName: 'ตลาดเทศบาล' },
    shipment: null,
    ...over,
  },
});

describe('who is told what', () => {
  it('opening: the consumer, with the deposit and its deadline', () => {
    const [i] = onStatusChanged(
      changed({
        from: null,
        to: 'awaiting_deposit',
        trigger: 'open',
        amountDueSatang: 30_000,
        depositDeadline: '2026-01-02T00:00:00Z',
      }),
    );
    expect(i).toMatchObject({
      recipient: 'user:c1',
      kind: 'reservation_confirmed',
      facts: { amountSatang: 30_000 },
      deadline: '2026-01-02T00:00:00Z',
      dedupeKey: 'e1/user:c1/reservation_confirmed',
    });
  });
  it('an order opened cancelled tells nobody', () =>
    expect(onStatusChanged(changed({ from: null, to: 'cancelled', trigger: 'allocation_none' }))).toEqual([]));
  it.each([
    [{ quantity: 10, amountDueSatang: 70_000 }, 'harvest_balance_due'],
    [{ quantity: 2, to: 'paid', amountDueSatang: 0, refundedSatang: 10_000 }, 'harvest_shortfall'],
    [{ quantity: 0, to: 'cancelled', refundedSatang: 30_000 }, 'harvest_none'],
    [{ quantity: 10, to: 'paid', amountDueSatang: 0 }, 'harvest_recorded'],
  ] as const)('harvest %o → %s', (over, kind) =>
    expect(onStatusChanged(changed(over as Partial<OrderStatusChangedV1>))[0].kind).toBe(kind),
  );
  it('ready and shipped carry where and how', () => {
    expect(
      onStatusChanged(changed({ from: 'paid', to: 'ready_for_pickup', trigger: 'mark_ready' }))[0].facts.place,
    ).toBe('ตลาดเทศบาล');
    expect(
      onStatusChanged(
        changed({
          from: 'paid',
          to: 'shipped',
          trigger: 'ship',
          shipment: { carrier: 'ไปรษณีย์ไทย', trackingNumber: 'EX1' },
        }),
      )[0].facts,
    ).toMatchObject({ carrier: 'ไปรษณีย์ไทย', tracking: 'EX1' });
  });
  it("a v2 message (one transaction's changes) is told change by change, each with its own dedupe key", () => {
    const a = changed({
      from: null,
      to: 'awaiting_deposit',
      trigger: 'open',
      orderId: '3f6c1b2a-0000-4000-8000-00000000000a',
      consumerId: 'ca',
    }).data;
    const b = changed({
      from: null,
      to: 'awaiting_deposit',
      trigger: 'open',
      orderId: '3f6c1b2a-0000-4000-8000-00000000000b',
      consumerId: 'cb',
    }).data;
    const v2 = {
      id: 'e2',
      type: 'order.status_changed' as const,
      version: 2 as const,
      occurredAt: '2026-01-01T00:00:00Z',
      data: { changes: [a, b] },
    };
    const intents = statusChanges(v2).flatMap((e) => onStatusChanged(e));
    expect(intents.map((i) => [i.recipient, i.kind, i.orderId])).toEqual([
      ['user:ca', 'reservation_confirmed', a.orderId],
      ['user:cb', 'reservation_confirmed', b.orderId],
    ]);
    expect(new Set(intents.map((i) => i.dedupeKey)).size).toBe(2);
    expect(statusChanges(v2).map((e) => e.id)).toEqual([`e2/${a.orderId}`, `e2/${b.orderId}`]);
  });
  it('a payment recorded tells nobody (the consumer did it)', () =>
    expect(onStatusChanged(changed({ from: 'awaiting_deposit', to: 'reserved', trigger: 'deposit_paid' }))).toEqual(
      [],
    ));
  it('the deposit reminder is once per order and deadline, only while a deposit is due', () => {
    const o = {
      orderId: 'o1',
      consumerId: 'c1',
      producerId: 'p',
      productName: 'x',
      unit: 'kg',
      status: 'awaiting_deposit',
      depositDeadline: '2026-01-02T00:00:00.000Z',
      amountDueSatang: 1,
    };
    expect(depositReminder(o)?.dedupeKey).toBe('deposit_due_soon/o1/2026-01-02T00:00:00.000Z');
    expect(depositReminder({ ...o, status: 'reserved' })).toBeNull();
  });
});

describe('channels', () => {
  it('defaults: LINE if linked, else SMS for money and pickup only', () => {
    expect(defaultChannels('refund_paid', { lineLinked: true })).toEqual(['line']);
    expect(defaultChannels('refund_paid', { lineLinked: false })).toEqual(['sms']);
    expect(defaultChannels('review_requested', { lineLinked: false })).toEqual([]);
  });
  it('a chosen channel the user cannot be reached on is left out', () =>
    expect(channelsFor('shipped', ['line', 'email', 'sms'], { lineLinked: false, phone: true, email: false })).toEqual([
      'sms',
    ]));
  it('fallback: the next reachable channel not tried', () => {
    expect(fallbackChannel(['line'], { lineLinked: true, phone: true, email: true })).toBe('sms');
    expect(fallbackChannel(['sms'], { lineLinked: false, phone: true, email: false })).toBeNull();
  });
});

describe('when: quiet hours 21:00–07:00 Bangkok, deadlines, merging', () => {
  it('quiet between 21:00 and 07:00 Bangkok', () => {
    expect(isQuiet(bkk('2026-03-01T20:59:00'))).toBe(false);
    expect(isQuiet(bkk('2026-03-01T21:00:00'))).toBe(true);
    expect(isQuiet(bkk('2026-03-02T06:59:00'))).toBe(true);
    expect(isQuiet(bkk('2026-03-02T07:00:00'))).toBe(false);
  });
  it('a message at night waits for 07:00', () =>
    expect(
      nextSendTime(bkk('2026-03-01T23:00:00'), [{ notBefore: bkk('2026-03-01T23:00:00'), deadline: null }], null),
    ).toEqual(bkk('2026-03-02T07:00:00')));
  it('…unless its deadline is that night', () => {
    const now = bkk('2026-03-01T23:00:00');
    expect(deadlineWithinNight(now, bkk('2026-03-02T03:00:00'))).toBe(true);
    expect(nextSendTime(now, [{ notBefore: now, deadline: bkk('2026-03-02T03:00:00') }], null)).toEqual(now);
  });
  it('a reminder 6 hours before; in the night before a night deadline → 20:00; before a morning deadline → 07:00', () => {
    expect(reminderAt(bkk('2026-03-02T18:00:00'))).toEqual(bkk('2026-03-02T12:00:00'));
    expect(reminderAt(bkk('2026-03-02T03:00:00'))).toEqual(bkk('2026-03-01T20:00:00'));
    expect(reminderAt(bkk('2026-03-02T23:30:00'))).toEqual(bkk('2026-03-02T17:30:00'));
    expect(reminderAt(bkk('2026-03-02T10:00:00'))).toEqual(bkk('2026-03-02T07:00:00'));
  });
  it('at most one per hour per order and channel: the next waits until an hour after the last', () => {
    const last = bkk('2026-03-01T10:00:00');
    expect(
      nextSendTime(bkk('2026-03-01T10:20:00'), [{ notBefore: bkk('2026-03-01T10:20:00'), deadline: null }], last),
    ).toEqual(bkk('2026-03-01T11:00:00'));
    expect(
      nextSendTime(
        bkk('2026-03-01T20:30:00'),
        [{ notBefore: bkk('2026-03-01T20:30:00'), deadline: null }],
        bkk('2026-03-01T20:10:00'),
      ),
    ).toEqual(bkk('2026-03-02T07:00:00'));
  });
});

describe('templates', () => {
  it('every kind has Thai and English with the same placeholders', () => {
    for (const k of NOTIFICATION_KINDS) {
      const names = (lang: 'th' | 'en') =>
        [...`${TEMPLATES[k][lang].title}${TEMPLATES[k][lang].body}`.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
      expect(new Set(names('th'))).toEqual(new Set(names('en')));
      expect(placeholders(k).length).toBeGreaterThan(0);
    }
  });
  it('a missing value stops the message and names it; never "undefined"', () => {
    const r = render(
      'harvest_shortfall',
      'th',
      valuesOf({ product: 'ลำไย', quantity: 2, requested: 10, unit: 'kg', amountSatang: 0 }, 'th', '/orders/x'),
    );
    expect(r).toEqual({ missing: ['refund'] });
  });
  it('amounts in baht, units and times in the reader’s language', () => {
    const v = valuesOf(
      { product: 'ลำไย', amountSatang: 30_050, deadline: '2026-03-01T05:00:00Z', quantity: 3, unit: 'kg' },
      'th',
      'https://x/orders/1',
    );
    expect(v).toMatchObject({ amount: '300.50', unit: 'กิโลกรัม' });
    expect(String(v.deadline)).toContain('12:00');
    const r = render(
      'reservation_confirmed',
      'en',
      valuesOf(
        { product: 'Longan', quantity: 3, unit: 'kg', amountSatang: 30_000, deadline: '2026-03-01T05:00:00Z' },
        'en',
        'https://x/orders/1',
      ),
    );
    expect(r).toMatchObject({ title: 'Reservation confirmed: Longan' });
    expect('body' in r && r.body).toContain('300 baht');
  });
});
