// Picking desk: every scan is checked against the dispatch on the spot and sent with its own client id.
(function () {
    const app = document.getElementById('pick-app');
    if (!app) return;
    const texts = document.getElementById('texts').dataset;
    const fefo = document.getElementById('fefo');
    const token = app.querySelector('input[name="__RequestVerificationToken"]').value;
    let location = null;
    let pending = null;
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);

    async function pick(code, scan, fefoOverride) {
        if (/^WL-/i.test(code)) {
            location = code.toUpperCase();
            document.getElementById('current-location').textContent = location.substring(3);
            return { state: 'ok', message: format(texts.locationSet, location.substring(3)) };
        }
        const quantity = parseInt(document.getElementById('quantity').value, 10) || 1;
        const body = { code, quantity, location, fefoOverride: fefoOverride || null, clientId: `${app.dataset.clientPrefix}-${scan.id}` };
        const endpoint = `/api/dispatches/${app.dataset.dispatch}/picks`;
        let response;
        try {
            response = await fetch(endpoint, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
                body: JSON.stringify(body),
            });
        } catch {
            // No answer: the pick waits on the device under its client id and is sent in order when the network returns.
            if (!window.Offline) return { state: 'error', message: texts.network };
            return { state: 'warn', message: format(texts.queued, await window.Offline.enqueue(endpoint, body)) };
        }
        const answer = await response.json().catch(() => ({}));
        if (!response.ok) {
            const notReady = ['UnitOverdue', 'UnitUnderRepair'].includes(answer.code) && app.dataset.overrideReadiness === 'true';
            if (answer.code === 'FefoViolation' || notReady) {
                pending = code;
                const reason = document.getElementById('fefo-reason');
                reason.placeholder = notReady ? document.getElementById('readiness-reason').dataset.placeholder : reason.dataset.fefo;
                fefo.classList.remove('d-none');
                return { state: 'warn', message: answer.detail };
            }
            return { state: 'error', message: answer.detail || response.statusText };
        }
        fefo.classList.add('d-none');
        pending = null;
        // A kit picks several lines at once: the page shows them all again.
        if (/^WK-/i.test(code)) window.location.reload();
        const row = [...document.querySelectorAll('[data-testid=pick-lines] tbody tr')]
            .find(tr => tr.querySelector('td').textContent === answer.itemName);
        if (row) {
            row.querySelector('.picked').textContent = answer.picked;
            row.classList.toggle('table-success', answer.picked >= answer.needed);
        }
        return { state: 'ok', message: format(texts.picked, answer.itemName, answer.picked, answer.needed) };
    }

    const scanBox = ScanBox.attach(document.getElementById('scan-box-component'), { onScan: (code, scan) => pick(code, scan, null) });
    document.getElementById('fefo-retry').addEventListener('click', async () => {
        const reason = document.getElementById('fefo-reason').value.trim();
        if (pending && reason) {
            const answer = await pick(pending, { id: crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) }, reason);
            scanBox.tell(answer.state, answer.message);
        }
        scanBox.focus();
    });
})();
