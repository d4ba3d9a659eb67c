// A scanned or typed code opens its delivery at once. With no network the receiver's confirmation (received in full, at the
// device's time) is queued on the device under a client id and sent when the network returns.
(function () {
    const form = document.getElementById('delivery-lookup');
    const format = (text, ...args) => args.reduce((t, a, i) => t.replace(`{${i}}`, a), text);
    ScanBox.attach(document.getElementById('code-component'), {
        onScan: async (code, scan) => {
            if (!navigator.onLine) {
                if (!window.Offline) return { state: 'error', message: form.dataset.offline };
                const body = { code, confirmedAt: new Date().toISOString(), clientId: `deliver-${scan.id}` };
                return { state: 'warn', message: format(form.dataset.queued, await window.Offline.enqueue(form.dataset.endpoint, body)) };
            }
            window.location.href = '/Deliver?code=' + encodeURIComponent(code);
            return { state: 'ok', message: code };
        },
    });
})();
