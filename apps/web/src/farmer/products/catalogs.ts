import { addCatalogs } from '../../i18n';
import en from './i18n/en.json';
import th from './i18n/th.json';

addCatalogs({ th, en });
