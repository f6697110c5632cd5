import { normalizeContentUrl } from './normalize-url.js';

describe('normalizeContentUrl', () => {
  it.each([
    ['HTTPS://WWW.Facebook.COM/baanrao/posts/123/', 'https://www.facebook.com/baanrao/posts/123'],
    ['https://www.facebook.com/baanrao/posts/123?fbclid=IwAR0abc&utm_source=line', 'https://www.facebook.com/baanrao/posts/123'],
    ['https://www.tiktok.com/@baanrao/video/7312345678?is_from_webapp=1&sender_device=pc&_r=1', 'https://www.tiktok.com/@baanrao/video/7312345678'],
    ['https://youtu.be/AbCdEf?si=xyz', 'https://youtu.be/AbCdEf'],
    ['https://www.youtube.com/watch?v=AbCdEf&utm_campaign=x&gclid=1', 'https://www.youtube.com/watch?v=AbCdEf'],
    ['https://www.instagram.com/p/Cx1/?igshid=abc', 'https://www.instagram.com/p/Cx1'],
    ['https://example.org:443/a?b=2&a=1#comments', 'https://example.org/a?a=1&b=2'],
    ['https://example.org/', 'https://example.org'],
  ])('%s → %s', (raw, expected) => expect(normalizeContentUrl(raw)).toBe(expected));

  it('keeps the path case and meaningful parameters', () => {
    expect(normalizeContentUrl('https://www.youtube.com/watch?v=AbC')).not.toBe(normalizeContentUrl('https://www.youtube.com/watch?v=abc'));
    expect(normalizeContentUrl('https://example.org/story?id=1')).not.toBe(normalizeContentUrl('https://example.org/story?id=2'));
  });
});
