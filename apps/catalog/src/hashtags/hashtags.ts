/** The programme's common tags, verbatim from the DLA letter, in its order. */
export const PROGRAMME_HASHTAGS = ['ตลาดนัดท้องถิ่นออนไลน์เครือข่ายของดีบ้านเรา', 'ของดีบ้านเรา', 'เที่ยวท้องถิ่น'] as const;

export interface HashtagPlace {
  provinceCode: string;
  provinceNameTh: string;
  districtNameTh: string;
  laoDisplayNameTh: string;
}

/** A tag ends at a space, a dot or punctuation on Facebook and TikTok: those characters are removed. */
export function toHashtag(text: string): string | null {
  const body = text.replace(/[\s.#,()[\]{}'"!?:;/\\|<>@&*+=~`^%$]/g, '');
  return body ? `#${body}` : null;
}

/**
 * The one place hashtags are made: the programme's tags, then province, district and LAO, then the
 * producer's own tags, without duplicates. Computed from the current place on every read, so they
 * follow a corrected LAO name or a producer moved to another LAO. Bangkok has เขต, not อำเภอ/จังหวัด.
 */
export function productHashtags(place: HashtagPlace, ownTags: readonly string[]): string[] {
  const bangkok = place.provinceCode === '10';
  const words = [
    ...PROGRAMME_HASHTAGS,
    bangkok ? place.provinceNameTh : `จังหวัด${place.provinceNameTh}`,
    `${bangkok ? 'เขต' : 'อำเภอ'}${place.districtNameTh}`,
    place.laoDisplayNameTh,
    ...ownTags,
  ];
  const tags = words.map(toHashtag).filter((t): t is string => t !== null);
  return [...new Set(tags)];
}

export function hashtagLine(tags: readonly string[]): string {
  return tags.join(' ');
}
