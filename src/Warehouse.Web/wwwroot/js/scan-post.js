// Check-in / check-out page: scans become lines, Post sends them once (the client id makes a retry safe).
(function () {
    const app = document.getElementById('scan-app');
    if (!app) return;
    const texts = document.getElementById('texts').dataset;
    const receipt = app.dataset.kind === 'receipt';
    const box = document.getElementById('scan-box');
    const body = document.querySelector('#scan-lines tbody');
    const result = document.getElementById('post-result');
    const token = app.querySelector('input[name="__RequestVerificationToken"]').value;
    let clientId = app.dataset.clientId;
    let location = null;
    let lines = [];

    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);

    const scanBox = ScanBox.attach(document.getElementById('scan-box-component'), { onScan: scan });
    const tell = scanBox.tell;

    function render() {
        body.innerHTML = '';
        lines.forEach((line, index) => {
            const tr = document.createElement('tr');
            const cell = (html) => { const td = document.createElement('td'); if (html instanceof Node) td.append(html); else td.textContent = html; tr.append(td); return td; };
            const input = (field, type, width) => {
                const el = document.createElement('input');
                el.type = type; el.className = 'form-control form-control-sm'; el.value = line[field] ?? '';
                if (width) el.style.maxWidth = width;
                el.addEventListener('change', () => { line[field] = type === 'number' ? parseInt(el.value, 10) : el.value.trim(); });
                el.dataset.field = field;
                return el;
            };
            cell(`${line.name} (${line.itemCode})`);
            const qty = input('quantity', 'number', '6rem'); qty.min = 1; qty.disabled = line.tracking === 'Serial';
            cell(qty).className = 'num';
            cell(line.tracking === 'Batch' ? input('batch', 'text') : '');
            if (receipt) cell(line.tracking === 'Batch' ? input('expiry', 'date') : '');
            cell(line.tracking === 'Serial' ? input('serial', 'text') : '');
            cell(line.location || '');
            const remove = document.createElement('button');
            remove.type = 'button'; remove.className = 'btn btn-sm btn-link text-danger'; remove.textContent = texts.remove;
            remove.addEventListener('click', () => { lines.splice(index, 1); render(); box.focus(); });
            cell(remove);
            body.append(tr);
        });
    }

    function addLine(info) {
        const item = info.item;
        const batch = info.batch ? info.batch.number : (info.scanned && info.scanned.lot) || null;
        const serial = info.unit ? info.unit.serialNumber : (info.scanned && info.scanned.serial) || null;
        const expiry = info.batch ? info.batch.expiry : (info.scanned && info.scanned.expiry) || null;
        if (item.tracking === 'Serial' && serial) {
            if (lines.some(l => l.itemCode === item.code && l.serial === serial)) {
                return { state: 'warn', message: format(texts.duplicateUnit, serial) };
            }
        } else {
            const same = lines.find(l => l.itemCode === item.code && l.batch === batch && l.location === location && item.tracking !== 'Serial');
            if (same) {
                same.quantity += (info.scanned && info.scanned.count) || 1;
                render();
                return { state: 'ok', message: format(texts.count, item.name, same.quantity) };
            }
        }
        lines.push({
            code: info.code, itemCode: item.code, name: item.name, tracking: item.tracking,
            quantity: (info.scanned && info.scanned.count) || 1, batch, expiry, serial, location,
        });
        render();
        return { state: 'ok', message: format(texts.added, `${item.name} (${item.code})`) };
    }

    // Scans arrive one at a time from the scan box, in the order they were made.
    async function scan(code) {
        let response;
        try {
            response = await fetch('/api/codes/' + encodeURIComponent(code), { headers: { 'Accept': 'application/json' } });
        } catch {
            return scanOffline(code);
        }
        const info = await response.json().catch(() => ({}));
        if (!response.ok) {
            return { state: 'error', message: info.detail || texts.unknown };
        }
        return accept(info);
    }

    // With no network the code is resolved from the catalog kept on the device; the server checks it again on sync.
    async function scanOffline(code) {
        const info = window.Offline ? await window.Offline.resolve(code) : null;
        if (!info) return { state: 'error', message: window.Offline ? texts.unknownOffline : texts.network };
        const answer = accept(info);
        return { ...answer, message: `${answer.message} · ${texts.offlineCode}` };
    }

    function accept(info) {
        if (info.kind === 'location') {
            location = info.location.code;
            document.getElementById('current-location').textContent = location;
            return { state: 'ok', message: format(texts.locationSet, location) };
        }
        return addLine(info);
    }

    // No answer: the posting waits on the device under its client id, so a posting the server did get is not posted twice.
    async function keepOffline(payload) {
        if (!window.Offline) {
            result.className = 'ms-2 text-danger'; result.textContent = texts.network;
            return;
        }
        const queued = await window.Offline.enqueue(app.dataset.endpoint, payload);
        result.className = 'ms-2 text-warning'; result.textContent = format(texts.queued, queued);
        tell('warn', format(texts.queued, queued));
        lines = []; render();
        clientId = newClientId();
        box.focus();
    }

    const newClientId = () => crypto.randomUUID ? crypto.randomUUID().replaceAll('-', '')
        : String(Date.now()) + Math.random().toString(16).slice(2);

    // The place is asked for only where it means something: an issue to a place, or goods coming back from one.
    const placeField = document.getElementById('place-field');
    const reasonBox = document.getElementById('reason');
    const showPlace = () => { placeField.hidden = !['IssueToPlace', 'Return'].includes(reasonBox.value); };
    reasonBox.addEventListener('change', showPlace);
    showPlace();

    document.getElementById('clear').addEventListener('click', () => { lines = []; render(); box.focus(); });

    document.getElementById('post').addEventListener('click', async () => {
        if (lines.length === 0) { tell('warn', texts.noLines); return; }
        const payload = {
            depot: document.getElementById('depot').value,
            reason: document.getElementById('reason').value,
            note: document.getElementById('note').value || null,
            place: placeField.hidden ? null : document.getElementById('place').value || null,
            clientId,
            lines: lines.map(l => ({
                code: l.code, quantity: l.quantity, batch: l.batch || null,
                expiry: receipt && l.expiry ? l.expiry : null, serial: l.serial || null, location: l.location || null,
            })),
        };
        // Postings go out in the order they were made: while older ones wait on the device, this one waits behind them.
        if (window.Offline && await window.Offline.queuedCount() > 0) {
            await keepOffline(payload);
            window.Offline.sync();
            return;
        }
        let response;
        try {
            response = await fetch(app.dataset.endpoint, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
                body: JSON.stringify(payload),
            });
        } catch {
            await keepOffline(payload);
            return;
        }
        const answer = await response.json().catch(() => ({}));
        if (response.status === 201) {
            result.className = 'ms-2 text-success';
            result.innerHTML = '';
            const link = document.createElement('a');
            link.href = '/Stock/Document/' + answer.id; link.textContent = format(texts.posted, answer.number);
            link.dataset.testid = 'posted-link';
            result.append(link);
            lines = []; render();
            clientId = newClientId();
            tell('ok', format(texts.posted, answer.number));
        } else {
            const message = answer.detail || (answer.errors ? Object.values(answer.errors).flat().join(' ') : response.statusText);
            result.className = 'ms-2 text-danger'; result.textContent = message;
            tell('error', message);
        }
        box.focus();
    });
})();
