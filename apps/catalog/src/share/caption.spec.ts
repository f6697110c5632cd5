import { excerpt, formatBaht, shareCaption } from './caption.js';

describe('share caption', () => {
  it('formats satang as baht for Thai readers', () => {
    expect(formatBaht(12050)).toBe('฿120.50');
    expect(formatBaht(0)).toBe('฿0.00');
    expect(formatBaht(123456705)).toBe('฿1,234,567.05');
  });

  it('cuts a long story', () => {
    const long = 'ก'.repeat(500);
    expect(excerpt(long, 100)).toHaveLength(101);
    expect(excerpt('สั้น')).toBe('สั้น');
  });

  it('puts name, story, price, contacts, link and hashtags in that order', () => {
    const caption = shareCaption({
      name: 'ลำไยอบแห้ง',
      story: 'ตากแดดบนดอย',
      description: null,
      priceSatang: 12050,
      unit: 'kg',
      contacts: { phone: '0812345678', lineId: '@lungma' },
      url: 'https://example.org/products/1',
      hashtags: '#ของดีบ้านเรา',
    });
    expect(caption.split('\n')).toEqual([
      'ลำไยอบแห้ง',
      'ตากแดดบนดอย',
      'ราคา ฿120.50 ต่อกิโลกรัม',
      'ติดต่อ: โทร 0812345678 | LINE @lungma',
      'สั่งจองล่วงหน้าได้ที่ https://example.org/products/1',
      '',
      '#ของดีบ้านเรา',
    ]);
  });

  it('leaves the contact line out when nothing may be published', () => {
    const caption = shareCaption({
      name: 'x',
      story: null,
      description: null,
      priceSatang: 100,
      unit: 'box',
      contacts: {},
      url: 'u',
      hashtags: '#h',
    });
    expect(caption).not.toContain('ติดต่อ');
  });
});
