// A scanned or typed code opens its delivery at once. With no network the receiver signs on this page (name, pad and,
// where the browser gives it, the position) and the confirmation (received in full, at the device's time) is queued on
// the device with the signature under a client id, and sent when the network returns: signed as one confirmed online.
(function () {
    const form = document.getElementById('delivery-lookup');
    const signing = document.getElementById('delivery-offline');
    const status = document.querySelector('[data-testid=offline-delivery-status]');
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);
    const number = (name) => {
        const value = parseFloat(signing.querySelector(`[name=${name}]`).value);
        return Number.isFinite(value) ? value : null;
    };
    let pending = null;

    ScanBox.attach(document.getElementById('code-component'), {
        onScan: async (code, scan) => {
            if (!navigator.onLine) {
                if (!window.Offline) return { state: 'error', message: form.dataset.offline };
                pending = { code, clientId: `deliver-${scan.id}` };
                signing.querySelector('[data-offline-code]').textContent = code;
                signing.classList.remove('d-none');
                status.textContent = '';
                // The pad was hidden: size its canvas now that it shows.
                window.dispatchEvent(new Event('resize'));
                return { state: 'warn', message: form.dataset.sign };
            }
            window.location.href = '/Deliver?code=' + encodeURIComponent(code);
            return { state: 'ok', message: code };
        },
    });

    // signature.js, loaded first, has put the pad's PNG into the hidden field by the time this runs.
    signing.addEventListener('submit', async (event) => {
        event.preventDefault();
        const problem = signing.querySelector('[data-offline-problem]');
        const signature = signing.querySelector('[data-signature-value]').value;
        if (!pending) return;
        if (!signature) { problem.textContent = signing.dataset.missing; return; }
        problem.textContent = '';
        const body = {
            code: pending.code, confirmedAt: new Date().toISOString(), clientId: pending.clientId,
            signer: signing.querySelector('[name=Signer]').value, signature,
            latitude: number('Latitude'), longitude: number('Longitude'), accuracy: number('Accuracy'),
        };
        pending = null;
        const waiting = await window.Offline.enqueue(form.dataset.endpoint, body);
        signing.querySelector('[data-signature-clear]').click();
        signing.querySelector('[name=Signer]').value = '';
        signing.classList.add('d-none');
        status.textContent = format(form.dataset.queued, waiting);
        const feedback = document.getElementById('code-feedback');
        if (feedback) feedback.textContent = status.textContent;
    });
})();
