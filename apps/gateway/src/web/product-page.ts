import type { ContactsV1, ProductV1 } from '@app/contracts';
import { bahtText, esc, page, safeHref } from './html.js';

const UNIT_TH: Record<string, string> = { kg: 'กิโลกรัม', box: 'กล่อง', piece: 'ชิ้น', bunch: 'พวง', bag: 'ถุง', other: 'หน่วย' };
const MONTH_TH = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];

function contactLines(c: ContactsV1): string[] {
  const lines: string[] = [];
  if (c.phone) lines.push(`โทร <a href="tel:${esc(c.phone)}">${esc(c.phone)}</a>`);
  if (c.lineId) lines.push(`LINE ${esc(c.lineId)}`);
  for (const [label, url] of [['Facebook', c.facebookUrl], ['TikTok', c.tiktokUrl]] as const) {
    const href = url ? safeHref(url) : null;
    if (href) lines.push(`<a href="${esc(href)}" rel="noopener nofollow">${label}</a>`);
  }
  return lines;
}

/**
 * The page a visitor lands on from a Facebook or TikTok post, a LINE share or the QR code: the product,
 * its story, price, contacts and hashtags. Everything the catalog returns is escaped.
 */
export function productPage(p: ProductV1, qrSvg: string): string {
  const photos = p.media.filter((m) => m.type === 'photo').map((m) => safeHref(m.url)).filter((u): u is string => !!u);
  const videos = p.media.filter((m) => m.type === 'video').map((m) => safeHref(m.url)).filter((u): u is string => !!u);
  const contacts = contactLines(p.contacts);
  const rating = p.ratingCount ? `★ ${p.ratingAverage?.toFixed(1)} (${p.ratingCount} รีวิว)` : 'ยังไม่มีรีวิว';
  const body = `
    ${photos[0] ? `<img src="${esc(photos[0])}" alt="${esc(p.name)}">` : ''}
    <h1>${esc(p.name)}</h1>
    <div class="price">${bahtText(p.priceSatang)} / ${esc(UNIT_TH[p.unit] ?? p.unit)}</div>
    <div class="muted">${esc(p.producerName)} · ${esc(p.place.laoDisplayNameTh)} อำเภอ${esc(p.place.districtNameTh)} จังหวัด${esc(p.place.provinceNameTh)}</div>
    <div class="muted">${esc(rating)}${p.seasonMonths.length ? ` · ฤดูกาล ${p.seasonMonths.map((m) => MONTH_TH[m - 1]).join(' ')}` : ''}</div>
    ${p.story ? `<div class="card"><strong>เรื่องเล่าจากสวน</strong><p>${esc(p.story)}</p></div>` : ''}
    ${p.description ? `<div class="card"><p>${esc(p.description)}</p></div>` : ''}
    ${videos.length ? `<div class="card"><strong>คลิป</strong><ul>${videos.map((v) => `<li><a href="${esc(v)}" rel="noopener nofollow">${esc(v)}</a></li>`).join('')}</ul></div>` : ''}
    <div class="card"><strong>สั่งจองล่วงหน้า / ติดต่อ</strong>
      ${contacts.length ? `<ul>${contacts.map((c) => `<li>${c}</li>`).join('')}</ul>` : '<p class="muted">ติดต่อผ่านองค์กรปกครองส่วนท้องถิ่น</p>'}
      <p class="muted">จองผ่านแอปหรือ API: <code>POST /api/v1/batches/{id}/reservations</code></p>
    </div>
    <p class="tags">${esc(p.hashtags)}</p>
    <div class="card" style="text-align:center"><div style="max-width:12rem;margin:0 auto">${qrSvg}</div><div class="muted">สแกนเพื่อแชร์หน้านี้</div></div>`;
  return page(p.name, body);
}

export function notFoundPage(): string {
  return page('ไม่พบสินค้า', '<h1>ไม่พบสินค้านี้</h1><p>ลิงก์อาจไม่ถูกต้อง หรือสินค้าถูกนำออกแล้ว</p>');
}
