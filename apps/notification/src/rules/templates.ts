import type { Language, NotificationKind } from '@app/contracts';

/**
 * Every message the service sends, in one place: per kind a Thai and an English title and body with
 * {placeholders}. A placeholder whose value is missing stops the message (render returns `missing`):
 * nobody ever reads "undefined" or an empty amount.
 */
type Template = Record<Language, { title: string; body: string }>;

export const TEMPLATES: Record<NotificationKind, Template> = {
  reservation_confirmed: {
    th: {
      title: 'จองสำเร็จ: {product}',
      body: 'คุณจอง {product} {quantity} {unit} แล้ว ยอดมัดจำ {amount} บาท ชำระภายใน {deadline} สแกน QR พร้อมเพย์ได้ที่ {link}',
    },
    en: {
      title: 'Reservation confirmed: {product}',
      body: 'You reserved {quantity} {unit} of {product}. Deposit {amount} baht, due by {deadline}. Pay with the PromptPay QR at {link}',
    },
  },
  deposit_due_soon: {
    th: {
      title: 'ใกล้ครบกำหนดมัดจำ: {product}',
      body: 'อีกไม่ถึง 6 ชั่วโมงจะครบกำหนดชำระมัดจำ {amount} บาท สำหรับ {product} ({deadline}) หากไม่ชำระ การจองจะถูกยกเลิก ชำระได้ที่ {link}',
    },
    en: {
      title: 'Deposit due soon: {product}',
      body: 'Your deposit of {amount} baht for {product} is due by {deadline}, in less than 6 hours; unpaid, the reservation expires. Pay at {link}',
    },
  },
  harvest_balance_due: {
    th: {
      title: 'เก็บเกี่ยวแล้ว: {product}',
      body: '{product} ของคุณเก็บเกี่ยวแล้ว {quantity} {unit} กรุณาชำระยอดคงเหลือ {amount} บาท ที่ {link}',
    },
    en: {
      title: 'Harvested: {product}',
      body: 'Your {quantity} {unit} of {product} are harvested. Please pay the balance of {amount} baht at {link}',
    },
  },
  harvest_shortfall: {
    th: {
      title: 'ผลผลิตไม่ครบ: {product}',
      body: 'ผลผลิต {product} ได้น้อยกว่าที่คาด คุณได้รับ {quantity} จาก {requested} {unit} เงินที่ต้องคืนให้คุณ {refund} บาท ยอดที่ต้องชำระเพิ่ม {amount} บาท รายละเอียด {link}',
    },
    en: {
      title: 'Short harvest: {product}',
      body: 'The harvest of {product} came in short: you get {quantity} of {requested} {unit}. Refund owed to you: {refund} baht; still to pay: {amount} baht. Details at {link}',
    },
  },
  harvest_none: {
    th: {
      title: 'ไม่มีผลผลิตสำหรับคุณ: {product}',
      body: 'ขออภัย ผลผลิต {product} ไม่พอสำหรับการจองของคุณ คำสั่งซื้อถูกยกเลิก เงินที่ต้องคืนให้คุณ {refund} บาท รายละเอียด {link}',
    },
    en: {
      title: 'No harvest for you: {product}',
      body: 'Sorry, the harvest of {product} did not reach your reservation; the order is cancelled. Refund owed to you: {refund} baht. Details at {link}',
    },
  },
  harvest_recorded: {
    th: {
      title: 'เก็บเกี่ยวแล้ว: {product}',
      body: '{product} ของคุณเก็บเกี่ยวแล้ว {quantity} {unit} ชำระครบแล้ว รอแจ้งนัดรับสินค้า {link}',
    },
    en: {
      title: 'Harvested: {product}',
      body: 'Your {quantity} {unit} of {product} are harvested and fully paid; we will tell you when to collect. {link}',
    },
  },
  order_expired: {
    th: { title: 'การจองหมดอายุ: {product}', body: 'การจอง {product} ของคุณหมดอายุเพราะไม่ได้ชำระภายในกำหนด {link}' },
    en: {
      title: 'Reservation expired: {product}',
      body: 'Your reservation of {product} expired: it was not paid in time. {link}',
    },
  },
  ready_for_pickup: {
    th: {
      title: 'พร้อมให้รับแล้ว: {product}',
      body: '{product} {quantity} {unit} พร้อมให้รับที่ {place} แสดงหมายเลขคำสั่งซื้อ {orderNumber} เมื่อรับสินค้า {link}',
    },
    en: {
      title: 'Ready for pickup: {product}',
      body: 'Your {quantity} {unit} of {product} are ready at {place}. Show order number {orderNumber} when you collect. {link}',
    },
  },
  shipped: {
    th: { title: 'จัดส่งแล้ว: {product}', body: '{product} ของคุณจัดส่งแล้วทาง {carrier} เลขพัสดุ {tracking} {link}' },
    en: {
      title: 'Shipped: {product}',
      body: 'Your {product} was shipped with {carrier}, tracking number {tracking}. {link}',
    },
  },
  refund_paid: {
    th: { title: 'คืนเงินแล้ว: {product}', body: 'ผู้ขายคืนเงิน {refund} บาท สำหรับ {product} แล้ว {link}' },
    en: { title: 'Refund paid: {product}', body: 'The seller paid back {refund} baht for {product}. {link}' },
  },
  review_requested: {
    th: { title: 'ช่วยรีวิว {product}', body: 'ขอบคุณที่อุดหนุน {product} ช่วยให้คะแนนและรีวิวเพื่อผู้ซื้อคนอื่นได้ที่ {link}' },
    en: {
      title: 'Review {product}',
      body: 'Thank you for buying {product}. Please rate and review it for other buyers at {link}',
    },
  },
  slip_submitted: {
    th: {
      title: 'มีสลิปรอตรวจ: {product}',
      body: 'ผู้ซื้อส่งสลิปการโอนเงินสำหรับ {product} (คำสั่งซื้อ {orderNumber}) กรุณาตรวจสอบและยืนยันที่ {link}',
    },
    en: {
      title: 'Payment slip to check: {product}',
      body: 'A buyer sent a payment slip for {product} (order {orderNumber}). Please check and confirm it at {link}',
    },
  },
  waitlisted: {
    th: {
      title: 'อยู่ในคิวสำรอง: {product}',
      body: '{product} จองเต็มแล้ว คุณอยู่ในคิวสำรองลำดับที่ {position} สำหรับ {quantity} {unit} หากมีผู้ยกเลิก เราจะแจ้งคุณทันที รายละเอียด {link}',
    },
    en: {
      title: 'On the waitlist: {product}',
      body: '{product} is fully reserved. You are number {position} on the waitlist for {quantity} {unit}; we will tell you as soon as a place frees up. Details at {link}',
    },
  },
  waitlist_promoted: {
    th: {
      title: 'ได้สิทธิ์จองแล้ว: {product}',
      body: 'มีผู้ยกเลิก คุณได้สิทธิ์จอง {product} {quantity} {unit} จากคิวสำรองแล้ว กรุณาชำระมัดจำตามกำหนด ชำระได้ที่ {link}',
    },
    en: {
      title: 'Your reservation is in: {product}',
      body: 'A place freed up: your waitlisted reservation of {quantity} {unit} of {product} is now confirmed. Please pay the deposit in time at {link}',
    },
  },
  batch_sold_out: {
    th: {
      title: 'จองเต็มแล้ว: {product}',
      body: '{product} ทั้ง {quantity} {unit} ที่เปิดให้จองถูกจองครบแล้ว ดูรายการจองได้ที่ {link}',
    },
    en: {
      title: 'Sold out: {product}',
      body: 'All {quantity} {unit} of {product} open for reservation are reserved. See the reservations at {link}',
    },
  },
  window_closing: {
    th: {
      title: 'ใกล้ปิดรับจอง: {product}',
      body: 'ช่วงรับจอง {product} จะปิดใน {deadline} หากต้องการขยายเวลาหรือปิดรอบ จัดการได้ที่ {link}',
    },
    en: {
      title: 'Pre-order window closes soon: {product}',
      body: 'The pre-order window of {product} closes on {deadline}. Extend or close it at {link}',
    },
  },
  daily_summary: {
    th: {
      title: 'สรุปการจองใหม่วันนี้: {count} รายการ',
      body: 'ใน 24 ชั่วโมงที่ผ่านมามีการจองใหม่ {count} รายการ ({product}) ดูรายการจองได้ที่ {link}',
    },
    en: {
      title: "Today's new reservations: {count}",
      body: '{count} new reservations in the last 24 hours ({product}). See them at {link}',
    },
  },
  report_due: {
    th: {
      title: 'ถึงกำหนดส่งรายงานเดือน{month}',
      body: 'รายงานผลเดือน{month}ของ อปท. ครบกำหนดส่งแล้วแต่ยังไม่ได้ส่ง กรุณาตรวจสอบตัวเลขและส่งรายงานได้ที่ {link}',
    },
    en: {
      title: 'The {month} report is due',
      body: "Your LAO's report for {month} is due and not submitted yet. Check the figures and submit it at {link}",
    },
  },
  sales_flagged: {
    th: {
      title: 'มียอดขายที่ต้องตรวจสอบ {count} รายการ',
      body: 'มียอดขายที่ระบบตั้งข้อสังเกต {count} รายการ ตั้งแต่เดือน{month} กรุณาตรวจสอบก่อนส่งรายงาน ดูได้ที่ {link}',
    },
    en: {
      title: '{count} flagged sales to look at',
      body: '{count} sales since {month} look unusual. Please look at them before the report is submitted at {link}',
    },
  },
};

export type TemplateValues = Record<string, string | number | null | undefined>;

export type Rendered = { title: string; body: string } | { missing: string[] };

const PLACEHOLDER = /\{(\w+)\}/g;

export function render(kind: NotificationKind, language: Language, values: TemplateValues): Rendered {
  const t = TEMPLATES[kind][language];
  const missing = new Set<string>();
  const fill = (s: string) =>
    s.replace(PLACEHOLDER, (_, name: string) => {
      const v = values[name];
      if (
        v === undefined ||
        v === null ||
        (typeof v === 'string' && !v.trim()) ||
        (typeof v === 'number' && !Number.isFinite(v))
      ) {
        missing.add(name);
        return '';
      }
      return String(v);
    });
  const title = fill(t.title);
  const body = fill(t.body);
  return missing.size ? { missing: [...missing] } : { title, body };
}

/** Every placeholder a template of the kind uses (both languages). */
export function placeholders(kind: NotificationKind): string[] {
  const names = new Set<string>();
  for (const lang of ['th', 'en'] as const)
    for (const s of Object.values(TEMPLATES[kind][lang])) for (const m of s.matchAll(PLACEHOLDER)) names.add(m[1]);
  return [...names];
}
