// Counting by scan: a location label sets the bin (and starts its count), every other code is counted there with the
// quantity typed; each scan carries its own client id, so a retry lands once. Nothing expected is ever shown.
(function () {
    const app = document.getElementById('count-app');
    if (!app) return;
    const texts = document.getElementById('texts').dataset;
    const token = app.querySelector('input[name="__RequestVerificationToken"]').value;
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);
    let location = null;

    async function send(body) {
        // A network failure throws: the scan box says so, and the same scan (same client id) may be sent again.
        const response = await fetch(`/api/counts/${app.dataset.count}/lines`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
            body: JSON.stringify(body),
        });
        return { ok: response.ok, answer: await response.json().catch(() => ({})) };
    }

    async function count(code, scan) {
        const clientId = `${app.dataset.clientPrefix}-${scan.id}`.substring(0, 64);
        if (/^WL-/i.test(code)) {
            const result = await send({ location: code, code: null, quantity: 0, clientId });
            if (!result.ok) return { state: 'error', message: result.answer.detail };
            location = code.toUpperCase();
            document.getElementById('current-location').textContent = location.substring(3);
            return { state: 'ok', message: format(texts.locationSet, location.substring(3)) };
        }
        if (!location) return { state: 'error', message: texts.locationFirst };
        const quantity = parseInt(document.getElementById('quantity').value, 10);
        const result = await send({ location, code, quantity: isNaN(quantity) ? 1 : quantity, clientId });
        if (!result.ok) return { state: 'error', message: result.answer.detail };
        const row = document.createElement('tr');
        for (const text of [location.substring(3), code, result.answer.countedSoFar]) {
            const cell = document.createElement('td');
            cell.textContent = text;
            row.appendChild(cell);
        }
        document.querySelector('[data-testid=scanned] tbody').prepend(row);
        return { state: 'ok', message: format(texts.counted, code, result.answer.countedSoFar) };
    }

    ScanBox.attach(document.getElementById('scan-box-component'), { onScan: (code, scan) => count(code, scan) });
})();
