// Keeps a handheld working with no network: registers the service worker (which keeps the pages), keeps the catalog codes
// on the device, queues postings made offline and sends them in order when the network returns. A posting the server
// refuses then is moved to the device's refused list (the server lists it on the depot's page too); nothing is dropped.
window.Offline = (function () {
    const banner = document.getElementById('offline-banner');
    if (!banner || !window.indexedDB) return null;
    const texts = banner.dataset;
    const user = texts.user;
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);
    let token = (document.querySelector('input[name="__RequestVerificationToken"]') || {}).value || '';
    let catalog = null;
    let syncing = false;
    let stalled = '';

    if ('serviceWorker' in navigator) {
        navigator.serviceWorker.register(texts.sw, { scope: texts.scope }).then(() => navigator.serviceWorker.ready).then(reg => {
            // The page that registered the worker was loaded before it: hand it this page and its files to keep.
            const urls = [location.pathname + location.search,
                ...[...document.querySelectorAll('script[src], link[rel=stylesheet], link[rel=icon]')].map(e => e.src || e.href)];
            reg.active && reg.active.postMessage({ type: 'keep', urls });
        }).catch(() => {});
    }

    async function refreshCatalog() {
        try {
            const response = await fetch(texts.catalog, { headers: { 'Accept': 'application/json' } });
            if (!response.ok) return;
            catalog = await response.json();
            await OfflineStore.saveCatalog(user, catalog);
        } catch { /* offline: the kept catalog stays */ }
    }

    async function resolve(code) {
        catalog = catalog || await OfflineStore.catalog(user).catch(() => null);
        return catalog ? OfflineCodes.resolve(catalog, code) : null;
    }

    async function enqueue(endpoint, body) {
        await OfflineStore.enqueue({ user, endpoint, body, clientId: body.clientId, queuedAt: new Date().toISOString() });
        await render();
        return (await OfflineStore.queued(user)).length;
    }

    // A page kept by the service worker may carry a token of an earlier sign-in: read a fresh one from the live page.
    async function freshToken() {
        const response = await fetch(location.pathname, { headers: { 'Accept': 'text/html' }, cache: 'no-store' });
        const html = new DOMParser().parseFromString(await response.text(), 'text/html');
        const input = html.querySelector('input[name="__RequestVerificationToken"]');
        return input ? input.value : token;
    }

    async function send(entry, retried) {
        const response = await fetch(entry.endpoint, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token,
                'Offline-Queued-At': entry.queuedAt },
            body: JSON.stringify(entry.body),
        });
        const answer = await response.json().catch(() => ({}));
        if (response.ok) return 'sent';
        if (answer.code === 'AntiforgeryInvalid' && !retried) {
            token = await freshToken();
            return send(entry, true);
        }
        if (response.status === 401 || response.status === 429 || response.status >= 500 || answer.code === 'AntiforgeryInvalid'
            || response.redirected) {
            return 'later';
        }
        return { detail: answer.detail || response.statusText };
    }

    async function sync() {
        if (syncing || !navigator.onLine) return;
        syncing = true;
        stalled = '';
        try {
            for (const entry of await OfflineStore.queued(user)) {
                const outcome = await send(entry, false);
                if (outcome === 'later') { stalled = texts.later; break; }
                if (outcome === 'sent') await OfflineStore.sent(entry.seq);
                else await OfflineStore.refuse(entry, outcome.detail);
                await render();
            }
        } catch {
            // The network went again mid-way: what was not answered stays queued, and its client id makes the resend safe.
        } finally {
            syncing = false;
            await render();
        }
    }

    function refusedItem(entry) {
        const li = document.createElement('li');
        li.dataset.testid = 'refused-posting';
        const lines = (entry.body.lines || [entry.body])
            .map(l => (l.quantity === undefined ? l.code : `${l.code} × ${l.quantity}`)).join(', ');
        li.textContent = `${entry.body.depot || ''} ${lines}: ${entry.detail} `;
        const forget = document.createElement('button');
        forget.type = 'button'; forget.className = 'btn btn-sm btn-link p-0'; forget.textContent = texts.forget;
        forget.addEventListener('click', async () => { await OfflineStore.forget(entry.clientId); await render(); });
        li.append(forget);
        return li;
    }

    async function render() {
        const queued = (await OfflineStore.queued(user)).length;
        const refused = await OfflineStore.refused(user);
        const offline = !navigator.onLine;
        banner.querySelector('[data-testid=offline-state]').textContent = offline ? texts.offline : stalled;
        banner.querySelector('[data-testid=queue-count]').textContent = queued > 0 ? format(texts.queued, queued) : '';
        const list = banner.querySelector('[data-testid=refused-list]');
        list.classList.toggle('d-none', refused.length === 0);
        if (refused.length > 0 && !list.dataset.shown) {
            list.open = true;
            list.dataset.shown = 'true';
        }
        list.querySelector('summary').textContent = format(texts.refused, refused.length);
        list.querySelector('ul').replaceChildren(...refused.map(refusedItem));
        banner.classList.toggle('d-none', !offline && queued === 0 && refused.length === 0 && !stalled);
        banner.classList.toggle('wh-offline-down', offline);
    }

    window.addEventListener('online', () => { render(); sync(); refreshCatalog(); });
    window.addEventListener('offline', render);
    setInterval(() => { if (navigator.onLine) sync(); }, 30000);
    render().then(sync);
    // Settles once the catalog was read (or found unreachable): a page that must scan offline can wait for it.
    const ready = refreshCatalog();

    const queuedCount = async () => (await OfflineStore.queued(user)).length;

    return { enqueue, resolve, sync, ready, queuedCount };
})();
