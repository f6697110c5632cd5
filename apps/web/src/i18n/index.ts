import i18next from 'i18next';
import en from './en.json';
import th from './th.json';

/**
 * Every text of the app lives in the catalogs `th.json` (first) and `en.json`; components call `t(key)`.
 * The language is Thai unless the visitor switched: kept in a cookie so the server renders the same.
 */
export const LANGS = ['th', 'en'] as const;
export type Lang = (typeof LANGS)[number];

const i18n = i18next.createInstance();
void i18n.init({
  lng: 'th',
  fallbackLng: 'th',
  resources: { th: { translation: th }, en: { translation: en } },
  initAsync: false,
  interpolation: { escapeValue: false },
  returnNull: false,
});

/**
 * A console's own catalogs (the producer's, the administrations'), added when its code loads so the
 * consumer pages never ship them. Keys are prefixed by the console's name (`farmer.…`, `admin.…`).
 */
export function addCatalogs(catalogs: { th: Record<string, unknown>; en: Record<string, unknown> }): void {
  for (const lang of LANGS) i18n.addResourceBundle(lang, 'translation', catalogs[lang], true, false);
}

export const t = (key: string, values?: Record<string, unknown>): string => i18n.t(key, values ?? {}) as string;

export function currentLang(): Lang {
  return i18n.language === 'en' ? 'en' : 'th';
}

export function setLang(lang: Lang): void {
  void i18n.changeLanguage(lang);
  if (typeof document !== 'undefined') {
    document.documentElement.lang = lang;
    document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
  }
}

/** The language a request asks for through its cookie (the server side of setLang). */
export function langFromCookie(cookie: string | undefined): Lang {
  return /(?:^|;\s*)lang=en(?:;|$)/.test(cookie ?? '') ? 'en' : 'th';
}
