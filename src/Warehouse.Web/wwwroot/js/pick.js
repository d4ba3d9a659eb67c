// Picking desk: every scan is checked against the dispatch on the spot and sent with its own client id.
(function () {
    const app = document.getElementById('pick-app');
    if (!app) return;
    const texts = document.getElementById('texts').dataset;
    const box = document.getElementById('scan-box');
    const feedback = document.getElementById('scan-feedback');
    const fefo = document.getElementById('fefo');
    const token = app.querySelector('input[name="__RequestVerificationToken"]').value;
    let counter = 0;
    let location = null;
    let pending = null;
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);

    function tell(kind, message) {
        feedback.className = 'scan-feedback ' + kind;
        feedback.dataset.state = kind;
        feedback.textContent = message;
        try {
            const audio = new AudioContext();
            const osc = audio.createOscillator();
            osc.frequency.value = kind === 'ok' ? 1320 : 220;
            osc.connect(audio.destination);
            osc.start();
            osc.stop(audio.currentTime + (kind === 'ok' ? 0.08 : 0.35));
        } catch { /* no audio device */ }
    }

    async function pick(code, fefoOverride) {
        if (/^WL-/i.test(code)) {
            location = code.toUpperCase();
            document.getElementById('current-location').textContent = location.substring(3);
            tell('ok', format(texts.locationSet, location.substring(3)));
            return;
        }
        const quantity = parseInt(document.getElementById('quantity').value, 10) || 1;
        const body = { code, quantity, location, fefoOverride: fefoOverride || null, clientId: `${app.dataset.clientPrefix}-${++counter}` };
        let response;
        try {
            response = await fetch(`/api/dispatches/${app.dataset.dispatch}/picks`, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'RequestVerificationToken': token },
                body: JSON.stringify(body),
            });
        } catch {
            tell('error', texts.network);
            return;
        }
        const answer = await response.json().catch(() => ({}));
        if (response.ok) {
            fefo.classList.add('d-none');
            pending = null;
            const row = [...document.querySelectorAll('[data-testid=pick-lines] tbody tr')]
                .find(tr => tr.querySelector('td').textContent === answer.itemName);
            if (row) {
                row.querySelector('.picked').textContent = answer.picked;
                row.classList.toggle('table-success', answer.picked >= answer.needed);
            }
            tell('ok', format(texts.picked, answer.itemName, answer.picked, answer.needed));
        } else {
            if (answer.code === 'FefoViolation') {
                pending = code;
                fefo.classList.remove('d-none');
                tell('warn', answer.detail);
            } else {
                tell('error', answer.detail || response.statusText);
            }
        }
    }

    box.addEventListener('keydown', (event) => {
        if (event.key === 'Enter') {
            event.preventDefault();
            const code = box.value.trim();
            box.value = '';
            if (code) pick(code, null);
        }
    });
    document.getElementById('fefo-retry').addEventListener('click', () => {
        const reason = document.getElementById('fefo-reason').value.trim();
        if (pending && reason) pick(pending, reason);
        box.focus();
    });
})();
