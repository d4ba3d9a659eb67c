// The live channel of a signed-in page: request changes pushed by the server redraw the page's live regions
// ([data-live-region], optionally only for one request: data-live-request) from a fresh copy of the page, without a
// reload; a pushed notice redraws the bell. While the connection is down, <html data-live="down"> tells pages to
// fall back to reloading.
(function () {
    const hub = document.body.dataset.liveHub;
    if (!hub || !window.signalR) return;
    const root = document.documentElement;
    root.dataset.live = 'down';
    const connection = new signalR.HubConnectionBuilder().withUrl(hub)
        .withAutomaticReconnect({ nextRetryDelayInMilliseconds: c => Math.min(30000, 1000 * (c.previousRetryCount + 1)) })
        .build();

    const busy = region => region.contains(document.activeElement) && document.activeElement.matches('input, textarea, select');
    let redrawing = null;
    async function redraw(regions) {
        const response = await fetch(location.href, { headers: { Accept: 'text/html' }, credentials: 'same-origin' });
        if (!response.ok) return;
        const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
        regions.forEach(region => {
            const copy = fresh.getElementById(region.id);
            if (copy) region.innerHTML = copy.innerHTML;
        });
        document.dispatchEvent(new CustomEvent('live:redrawn'));
    }
    function changed(change) {
        const regions = [...document.querySelectorAll('[data-live-region]')].filter(r =>
            !r.dataset.liveRequest || r.dataset.liveRequest === String(change.requestId));
        const ready = regions.filter(r => !busy(r));
        regions.filter(busy).forEach(r => r.addEventListener('focusout', () => changed(change), { once: true }));
        if (ready.length === 0) return;
        redrawing = (redrawing || Promise.resolve()).then(() => redraw(ready)).catch(() => { }).finally(() => { redrawing = null; });
        document.dispatchEvent(new CustomEvent('live:request', { detail: change }));
    }
    connection.on('RequestChanged', changed);
    connection.on('Notified', async () => {
        const bell = document.getElementById('live-bell');
        if (!bell || bell.querySelector('.dropdown-menu.show')) return;
        const response = await fetch(document.body.dataset.liveBell, { credentials: 'same-origin' });
        if (response.ok) bell.outerHTML = await response.text();
    });
    connection.onreconnecting(() => { root.dataset.live = 'down'; });
    connection.onreconnected(() => { root.dataset.live = 'up'; });
    connection.onclose(() => { root.dataset.live = 'down'; });
    document.addEventListener('live:connection', e => e.detail(connection));
    async function start() {
        try {
            await connection.start();
            root.dataset.live = 'up';
            document.dispatchEvent(new CustomEvent('live:up', { detail: connection }));
        } catch {
            setTimeout(start, 5000);
        }
    }
    start();
})();
