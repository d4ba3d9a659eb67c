// A scanned or typed code opens its delivery at once; with no network the page says so instead of failing.
(function () {
    const form = document.getElementById('delivery-lookup');
    ScanBox.attach(document.getElementById('code-component'), {
        onScan: (code) => {
            if (!navigator.onLine) return { state: 'error', message: form.dataset.offline };
            window.location.href = '/Deliver?code=' + encodeURIComponent(code);
            return { state: 'ok', message: code };
        },
    });
})();
