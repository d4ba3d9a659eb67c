// A scanned or typed unit label opens the unit's check form at once.
(function () {
    const form = document.getElementById('maintenance-scan');
    if (!form) return;
    ScanBox.attach(document.getElementById('code-component'), {
        onScan: async (code) => {
            window.location.href = form.action + '?code=' + encodeURIComponent(code);
            return { state: 'ok', message: code };
        },
    });
})();
