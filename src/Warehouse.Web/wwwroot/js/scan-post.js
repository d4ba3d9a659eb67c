// Check-in / check-out page: scans become lines, Post sends them once (the client id makes a retry safe).
(function () {
    const app = document.getElementById('scan-app');
    if (!app) return;
    const texts = document.getElementById('texts').dataset;
    const receipt = app.dataset.kind === 'receipt';
    const box = document.getElementById('scan-box');
    const feedback = document.getElementById('scan-feedback');
    const body = document.querySelector('#scan-lines tbody');
    const result = document.getElementById('post-result');
    const token = app.querySelector('input[name="__RequestVerificationToken"]').value;
    let clientId = app.dataset.clientId;
    let location = null;
    let lines = [];
    let audio = null;

    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);

    function beep(ok) {
        try {
            audio = audio || new AudioContext();
            const osc = audio.createOscillator();
            const gain = audio.createGain();
            osc.frequency.value = ok ? 1320 : 220;
            gain.gain.value = 0.08;
            osc.connect(gain).connect(audio.destination);
            osc.start();
            osc.stop(audio.currentTime + (ok ? 0.08 : 0.35));
        } catch { /* no audio device */ }
    }

    function tell(kind, message) {
        feedback.className = 'scan-feedback ' + kind;
        feedback.textContent = message;
        feedback.dataset.state = kind;
        beep(kind === 'ok');
    }

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
                tell('warn', format(texts.duplicateUnit, serial));
                return;
            }
        } else {
            const same = lines.find(l => l.itemCode === item.code && l.batch === batch && l.location === location && item.tracking !== 'Serial');
            if (same) {
                same.quantity += (info.scanned && info.scanned.count) || 1;
                render();
                tell('ok', format(texts.count, item.name, same.quantity));
                return;
            }
        }
        lines.push({
            code: info.code, itemCode: item.code, name: item.name, tracking: item.tracking,
            quantity: (info.scanned && info.scanned.count) || 1, batch, expiry, serial, location,
        });
        render();
        tell('ok', format(texts.added, `${item.name} (${item.code})`));
    }

    async function scan(code) {
        if (!code) return;
        let response;
        try {
            response = await fetch('/api/codes/' + encodeURIComponent(code), { headers: { 'Accept': 'application/json' } });
        } catch {
            tell('error', texts.network);
            return;
        }
        const info = await response.json().catch(() => ({}));
        if (!response.ok) {
            tell('error', info.detail || texts.unknown);
            return;
        }
        if (info.kind === 'location') {
            location = info.location.code;
            document.getElementById('current-location').textContent = location;
            tell('ok', format(texts.locationSet, location));
            return;
        }
        addLine(info);
    }

    box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            event.preventDefault();
            const code = box.value.trim();
            box.value = '';
            scan(code);
        }
    });

    document.getElementById('clear').addEventListener('click', () => { lines = []; render(); box.focus(); });

    document.getElementById('post').addEventListener('click', async () => {
        if (lines.length === 0) { tell('warn', texts.noLines); return; }
        const payload = {
            depot: document.getElementById('depot').value,
            reason: document.getElementById('reason').value,
            note: document.getElementById('note').value || null,
            clientId,
            lines: lines.map(l => ({
                code: l.code, quantity: l.quantity, batch: l.batch || null,
                expiry: receipt && l.expiry ? l.expiry : null, serial: l.serial || null, location: l.location || null,
            })),
        };
        let response;
        try {
            response = await fetch(app.dataset.endpoint, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
                body: JSON.stringify(payload),
            });
        } catch {
            result.className = 'ms-2 text-danger'; result.textContent = texts.network;
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
            clientId = crypto.randomUUID ? crypto.randomUUID() : String(Date.now()) + Math.random().toString(16).slice(2);
            tell('ok', format(texts.posted, answer.number));
        } else {
            const message = answer.detail || (answer.errors ? Object.values(answer.errors).flat().join(' ') : response.statusText);
            result.className = 'ms-2 text-danger'; result.textContent = message;
            tell('error', message);
        }
        box.focus();
    });
})();
