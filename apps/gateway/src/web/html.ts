/** Escapes text for HTML element content and attribute values. */
export function esc(value: unknown): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** Only http(s) links become clickable; anything else is shown as text. */
export function safeHref(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

export function bahtText(satang: number): string {
  return `฿${(satang / 100).toLocaleString('th-TH', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

export function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)} · ของดีบ้านเรา</title>
<style>
  body { font-family: system-ui, "Noto Sans Thai", sans-serif; margin: 0; background: #f7f5ef; color: #222; line-height: 1.6; }
  main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
  header { background: #2f6b3a; color: #fff; padding: .75rem 1rem; font-weight: 600; }
  h1 { font-size: 1.5rem; margin: .5rem 0; }
  .price { font-size: 1.4rem; color: #2f6b3a; font-weight: 700; }
  .card { background: #fff; border-radius: .75rem; padding: 1rem; margin: 1rem 0; box-shadow: 0 1px 3px rgba(0,0,0,.08); }
  .tags { color: #1d5fa8; word-break: break-word; }
  .muted { color: #666; font-size: .9rem; }
  img { max-width: 100%; border-radius: .5rem; }
  ul { padding-left: 1.2rem; }
  a, code { overflow-wrap: anywhere; }
</style>
</head>
<body><header>ของดีบ้านเรา · ตลาดนัดท้องถิ่นออนไลน์</header><main>${body}</main></body>
</html>`;
}
