/** Only a path of this site is followed (never an address from elsewhere). */
export const pathOf = (link: string | null): string | null =>
  link && link.startsWith('/') && !link.startsWith('//') ? link : null;

/**
 * What ends a message's sentence before its link ("ชำระได้ที่ {link}", "Details at {link}"): with the link
 * gone, these would dangle.
 */
const LEAD_IN = /\s*(?:ชำระได้ที่|ได้ที่|ที่|รายละเอียด|Details at|Pay at|at)\s*$/;

/**
 * A notification's body as the list shows it. The service writes the absolute link into the text for SMS,
 * e-mail and LINE; in the app the item itself is that link, so the address (and the words leading to it)
 * are left out. Any other address stays.
 */
export function bodyWithoutLink(body: string, link: string | null): string {
  const path = pathOf(link);
  if (!path) return body;
  // [text, address, text, address, …, text]
  const parts = body.split(/(https?:\/\/\S+)/);
  for (let i = 1; i < parts.length; i += 2) {
    let same: boolean;
    try {
      const u = new URL(parts[i]);
      same = u.pathname + u.search === path;
    } catch {
      same = false;
    }
    if (!same) continue;
    parts[i] = '';
    parts[i - 1] = parts[i - 1].replace(LEAD_IN, '');
  }
  return parts
    .join('')
    .replace(/\s{2,}/g, ' ')
    .trim();
}
