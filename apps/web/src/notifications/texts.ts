import { addCatalogs, t } from '../i18n';
import en from './i18n/en.json';
import th from './i18n/th.json';

/** The list's, the settings page's and the LINE callback's own texts (notifications.…), added when their code loads. */
addCatalogs({ th, en });

export const kindLabel = (kind: string) => t(`notifications.kind.${kind}`);
export const channelLabel = (channel: string) => t(`notifications.channel.${channel}`);
export const languageLabel = (lang: string) => t(`notifications.language.${lang}`);
