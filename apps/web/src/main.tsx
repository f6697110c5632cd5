import './fonts.css';
import './styles.css';
import { hydrate, render } from 'preact';
import { App } from './app';
import { langFromCookie, setLang } from './i18n';
import type { ServerData } from './load';

setLang(langFromCookie(document.cookie));
const root = document.getElementById('app')!;
const json = document.getElementById('ssr-data')?.textContent;
const server = json ? (JSON.parse(json) as ServerData) : null;
// a share page arrives rendered with its data: take it over; other pages are drawn here
if (server) hydrate(<App server={server} />, root);
else render(<App />, root);
