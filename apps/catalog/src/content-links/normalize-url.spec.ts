import { DomainError } from '@app/messaging';
import { contentLinkKey, normalizeContentUrl } from './normalize-url.js';

describe('normalizeContentUrl', () => {
  it.each([
    ['HTTPS://WWW.Facebook.COM/baanrao/posts/123/', 'https://www.facebook.com/baanrao/posts/123'],
    [
      'https://www.facebook.com/baanrao/posts/123?fbclid=IwAR0abc&utm_source=line',
      'https://www.facebook.com/baanrao/posts/123',
    ],
    [
      'https://www.tiktok.com/@baanrao/video/7312345678?is_from_webapp=1&sender_device=pc&_r=1',
      'https://www.tiktok.com/@baanrao/video/7312345678',
    ],
    ['https://youtu.be/AbCdEf?si=xyz', 'https://youtu.be/AbCdEf'],
    ['https://www.youtube.com/watch?v=AbCdEf&utm_campaign=x&gclid=1', 'https://www.youtube.com/watch?v=AbCdEf'],
    ['https://www.instagram.com/p/Cx1/?igshid=abc', 'https://www.instagram.com/p/Cx1'],
    ['https://example.org:443/a?b=2&a=1#comments', 'https://example.org/a?a=1&b=2'],
    ['https://example.org/', 'https://example.org'],
  ])('%s → %s', (raw, expected) => expect(normalizeContentUrl(raw)).toBe(expected));

  it('keeps the path case and meaningful parameters', () => {
    expect(normalizeContentUrl('https://www.youtube.com/watch?v=AbC')).not.toBe(
      normalizeContentUrl('https://www.youtube.com/watch?v=abc'),
    );
    expect(normalizeContentUrl('https://example.org/story?id=1')).not.toBe(
      normalizeContentUrl('https://example.org/story?id=2'),
    );
  });

  it('refuses, naming url, what passes @IsUrl but is no URL (an invalid punycode host)', () => {
    for (const raw of ['http://xn--a.com/p', 'not a url']) {
      let error: unknown;
      try {
        normalizeContentUrl(raw);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ field: 'url' }] });
    }
  });
});

describe('contentLinkKey (what makes two links the same post)', () => {
  const key = (raw: string) => contentLinkKey(normalizeContentUrl(raw));

  it('treats http and https as the same link', () => {
    expect(key('http://example.org/story?id=1')).toBe(key('https://example.org/story?id=1'));
  });

  it.each([
    [
      'https://m.facebook.com/baanrao/posts/1',
      'https://www.facebook.com/baanrao/posts/1',
      'https://web.facebook.com/baanrao/posts/1',
      'http://facebook.com/baanrao/posts/1',
    ],
    [
      'https://m.tiktok.com/@baanrao/video/7',
      'https://www.tiktok.com/@baanrao/video/7',
      'https://tiktok.com/@baanrao/video/7',
      'https://web.tiktok.com/@baanrao/video/7',
    ],
    [
      'https://m.youtube.com/watch?v=AbC',
      'https://www.youtube.com/watch?v=AbC',
      'https://youtube.com/watch?v=AbC',
      'http://web.youtube.com/watch?v=AbC',
    ],
    [
      'https://m.instagram.com/p/Cx1',
      'https://www.instagram.com/p/Cx1',
      'https://instagram.com/p/Cx1/',
      'https://web.instagram.com/p/Cx1',
    ],
  ])('one key for the m./www./web. hosts of %s', (...urls) => {
    expect(new Set(urls.map(key)).size).toBe(1);
  });

  it('keeps other hosts, other paths and other posts apart', () => {
    expect(key('https://www.example.org/a')).not.toBe(key('https://example.org/a'));
    expect(key('https://m.facebook.com/a/posts/1')).not.toBe(key('https://m.facebook.com/a/posts/2'));
    expect(key('https://notfacebook.com/a')).not.toBe(key('https://facebook.com/a'));
    expect(key('https://www.youtube.com/watch?v=AbC')).not.toBe(key('https://www.youtube.com/watch?v=abc'));
  });
});

describe('contentLinkKey on the known platforms (issue 13: parameters that do not name the post)', () => {
  const key = (raw: string) => contentLinkKey(normalizeContentUrl(raw));

  it('treats share-sheet and player parameters as the same post, and the parameters naming a post as different posts', () => {
    expect(key('https://www.facebook.com/baanrao/posts/123?ref=share&locale=th_TH')).toBe(
      key('https://m.facebook.com/baanrao/posts/123'),
    );
    expect(key('https://www.facebook.com/permalink.php?story_fbid=1&id=2&ref=embed')).toBe(
      key('https://facebook.com/permalink.php?id=2&story_fbid=1'),
    );
    expect(key('https://www.facebook.com/permalink.php?story_fbid=1&id=2')).not.toBe(
      key('https://www.facebook.com/permalink.php?story_fbid=3&id=2'),
    );
    expect(key('https://www.tiktok.com/@baanrao/video/73?lang=th-TH&q=x')).toBe(
      key('https://tiktok.com/@baanrao/video/73'),
    );
    expect(key('https://www.instagram.com/reel/Cx1/?utm_medium=copy_link&hl=th')).toBe(
      key('https://instagram.com/reel/Cx1'),
    );
  });

  it('treats youtu.be/ID, a start time and a feature tag as the watch page of the same video', () => {
    expect(key('https://youtu.be/AbCdEf?t=42')).toBe(key('https://www.youtube.com/watch?v=AbCdEf'));
    expect(key('https://m.youtube.com/watch?feature=share&v=AbCdEf&pp=ygU')).toBe(
      key('https://youtube.com/watch?v=AbCdEf'),
    );
    expect(key('https://youtu.be/AbCdEf')).not.toBe(key('https://youtu.be/abcdef'));
  });

  it("leaves other sites' parameters alone (they may name the story)", () => {
    expect(key('https://news.example.org/story?id=1&ref=x')).not.toBe(key('https://news.example.org/story?id=1'));
  });
});
