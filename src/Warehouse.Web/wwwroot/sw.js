// The service worker of the handheld pages: keeps check-out, check-in, picking and delivery with their scripts, styles
// and icons, so they open with no network. Pages are fetched from the network first (fresh data, a fresh token) and
// kept; static files are answered from what is kept and refreshed behind. The API is never answered from here.
const CACHE = 'warehouse-offline-v1';
const PAGES = ['/Stock/Issue', '/Stock/Receive', '/Deliver', '/RefusedPostings'];
const KEPT_PAGES = [/^\/Stock\/(Issue|Receive)$/i, /^\/Dispatches\/Pick\/\d+$/i, /^\/Deliver$/i, /^\/RefusedPostings$/i];
const STATIC_FILES = /^\/(css|js|lib|icons)\/|^\/favicon\.svg$|^\/manifest\.webmanifest$/;

const scoped = (path) => new URL(path.replace(/^\//, ''), self.registration.scope);
const keptPage = (url) => KEPT_PAGES.some(p => p.test(relative(url)));
const staticFile = (url) => STATIC_FILES.test(relative(url));
const relative = (url) => '/' + url.pathname.substring(new URL(self.registration.scope).pathname.length);

// Keeps a response only when it is the page itself: not a sign-in page the request was sent on to, not an error.
async function keep(request, response) {
    if (response.ok && !response.redirected && response.type === 'basic') {
        const cache = await caches.open(CACHE);
        await cache.put(request, response.clone());
    }
    return response;
}

async function keepAll(urls) {
    await Promise.all(urls.map(u => fetch(u, { credentials: 'same-origin' }).then(r => keep(u, r)).catch(() => null)));
}

self.addEventListener('install', (event) => {
    event.waitUntil(keepAll(PAGES.map(p => scoped(p).href)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
    event.waitUntil(caches.keys()
        .then(keys => Promise.all(keys.filter(k => k !== CACHE).map(k => caches.delete(k))))
        .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
    if (event.data && event.data.type === 'keep') {
        const urls = event.data.urls.map(u => new URL(u, self.registration.scope))
            .filter(u => u.origin === self.location.origin && (keptPage(u) || staticFile(u)));
        event.waitUntil(keepAll(urls.map(u => u.href)));
    }
});

async function networkFirst(request) {
    try {
        return await keep(request, await fetch(request));
    } catch (failure) {
        const kept = await caches.match(request, { ignoreSearch: true });
        if (kept) return kept;
        throw failure;
    }
}

// A versioned file (?v=hash) never changes, so a kept copy is the answer; any other kept file is refreshed behind.
// Offline, a file kept under an older version is better than none.
async function keptFirst(request) {
    const kept = await caches.match(request);
    if (kept) {
        if (!new URL(request.url).searchParams.has('v')) fetch(request).then(r => keep(request, r)).catch(() => null);
        return kept;
    }
    try {
        return await keep(request, await fetch(request));
    } catch (failure) {
        const older = await caches.match(request, { ignoreSearch: true });
        if (older) return older;
        throw failure;
    }
}

self.addEventListener('fetch', (event) => {
    const request = event.request;
    const url = new URL(request.url);
    if (request.method !== 'GET' || url.origin !== self.location.origin) return;
    if (keptPage(url) && url.search === '') event.respondWith(networkFirst(request));
    else if (staticFile(url)) event.respondWith(keptFirst(request));
});
