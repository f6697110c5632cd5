import { DomainError } from '@app/messaging';

/**
 * Query parameters that only say where a click came from (campaign tags, platform share ids). Two
 * links that differ only in these point at the same post.
 */
const TRACKING = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  'ttclid',
  'twclid',
  'igshid',
  'igsh',
  'si',
  'mibextid',
  'rdid',
  'share_url',
  '__tn__',
  '_r',
  '_t',
  'is_from_webapp',
  'sender_device',
  'is_copy_url',
  'share_app_id',
  'share_item_id',
  'share_link_id',
  'ref_src',
  '_ga',
  '_gl',
  'mc_cid',
  'mc_eid',
]);

function isTracking(name: string): boolean {
  const n = name.toLowerCase();
  return n.startsWith('utm_') || n.startsWith('__cft__') || TRACKING.has(n);
}

/** @IsUrl accepts some hosts the WHATWG parser refuses (an invalid punycode label such as xn--a.com). */
function parse(raw: string): URL {
  try {
    return new URL(raw);
  } catch {
    throw DomainError.validation('url', 'is not a URL that can be opened');
  }
}

/**
 * The form a content link is stored and compared in: scheme and host in lower case, default port,
 * fragment, tracking parameters and a trailing slash dropped, the remaining parameters sorted.
 * The path keeps its case (TikTok and YouTube ids are case-sensitive).
 */
export function normalizeContentUrl(raw: string): string {
  const u = parse(raw.trim());
  u.hash = '';
  const kept = [...u.searchParams.entries()]
    .filter(([k]) => !isTracking(k))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  u.search = new URLSearchParams(kept).toString();
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `${u.protocol}//${u.host}${path}${u.search}`;
}

/** Platforms whose posts are the same under m., www. and web. (mobile and desktop share links). */
const PLATFORM_HOSTS = new Set(['facebook.com', 'tiktok.com', 'youtube.com', 'instagram.com']);

/**
 * On the known platforms, the query parameters that name the post; any other (a share sheet's `ref`,
 * `locale`, `lang`, `feature`, `t` start time, `pp`…) does not change which post it is.
 */
const POST_PARAMS: Record<string, ReadonlySet<string>> = {
  'facebook.com': new Set(['story_fbid', 'fbid', 'id', 'v', 'set']),
  'youtube.com': new Set(['v']),
  'tiktok.com': new Set(),
  'instagram.com': new Set(),
};

/**
 * What makes two links the same post (the unique key), from a normalised URL: http and https are the same
 * link, and so are the m./www./web. hosts of the big platforms, youtu.be/ID and youtube.com/watch?v=ID, and
 * their links with parameters that do not name the post. The URL itself is shown as given.
 */
export function contentLinkKey(normalized: string): string {
  const u = new URL(normalized);
  let bare = u.hostname.replace(/^(m|www|web)\./, '');
  if (bare === 'youtu.be' && u.pathname.length > 1) {
    u.searchParams.set('v', u.pathname.slice(1));
    u.pathname = '/watch';
    bare = 'youtube.com';
  }
  const post = POST_PARAMS[bare];
  if (post) {
    const kept = [...u.searchParams.entries()]
      .filter(([k]) => post.has(k))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    u.search = new URLSearchParams(kept).toString();
  }
  const host = PLATFORM_HOSTS.has(bare) ? bare + (u.port ? `:${u.port}` : '') : u.host;
  const path = u.pathname.length > 1 ? u.pathname.replace(/\/+$/, '') : '';
  return `https://${host}${path}${u.search}`;
}
