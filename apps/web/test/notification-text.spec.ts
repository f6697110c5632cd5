import { LANGUAGES, NOTIFICATION_KINDS } from '@app/contracts';
import { render, TEMPLATES } from '../../notification/src/rules/templates.js';
import { bodyWithoutLink } from '../src/notifications/message-text.js';

/**
 * The list under the bell leaves out the absolute link the service writes into each message (the item is
 * the link). The texts live in the notification service's templates: this proves that, for every kind and
 * language, what the list shows has no address and no sentence dangling where the link was.
 */
describe('a notification as the list shows it', () => {
  const path = '/orders/4f0c6a7e-1b2c-4d3e-8f90-123456789abc';
  const link = `https://khongdee.example${path}`;
  const values = (kind: keyof typeof TEMPLATES, lang: (typeof LANGUAGES)[number]) =>
    Object.fromEntries(
      [...`${TEMPLATES[kind][lang].title} ${TEMPLATES[kind][lang].body}`.matchAll(/\{(\w+)\}/g)].map(([, name]) => [
        name,
        name === 'link' ? link : `v-${name}`,
      ]),
    );

  it.each(NOTIFICATION_KINDS.flatMap((k) => LANGUAGES.map((l) => [k, l] as const)))('%s in %s', (kind, lang) => {
    const r = render(kind, lang, values(kind, lang));
    if (!('body' in r)) throw new Error(`template ${kind} is missing ${r.missing.join(', ')}`);
    const shown = bodyWithoutLink(r.body, path);
    expect(shown).not.toContain('http');
    expect(shown).not.toMatch(/(?:ที่|รายละเอียด|\bat)$/);
    expect(shown.length).toBeGreaterThan(10);
  });

  it('keeps an address that is not the item’s own, and a body without a link as it is', () => {
    expect(
      bodyWithoutLink('ดูวิธีรับของที่ https://example.org/help แล้วชำระได้ที่ https://x.example/orders/1', '/orders/1'),
    ).toBe('ดูวิธีรับของที่ https://example.org/help แล้ว');
    expect(bodyWithoutLink('ชำระได้ที่ https://x.example/orders/1', null)).toBe('ชำระได้ที่ https://x.example/orders/1');
  });
});
