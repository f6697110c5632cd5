// The producer console's service worker: the app shell and its hashed assets stay on the phone, so the
// console opens in an orchard without signal. API calls are never cached (the page keeps unsent
// harvests in IndexedDB itself and sends them when the signal returns).
const CACHE = 'kdbr-shell-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((c) => c.add('/farmer'))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== self.location.origin || url.pathname.startsWith('/api/')) return;
  if (url.pathname.startsWith('/assets/')) {
    // hashed file names: what is cached never changes
    event.respondWith(
      caches.match(event.request).then(
        (hit) =>
          hit ||
          fetch(event.request).then((res) => {
            const copy = res.clone();
            if (res.ok) caches.open(CACHE).then((c) => c.put(event.request, copy));
            return res;
          }),
      ),
    );
  } else if (event.request.mode === 'navigate' && url.pathname.startsWith('/farmer')) {
    // network first; without signal, the console's shell (its pages are drawn in the browser)
    event.respondWith(fetch(event.request).catch(() => caches.match('/farmer')));
  }
});
