// A scanned or typed code opens its delivery at once.
ScanBox.attach(document.getElementById('code-component'), {
    onScan: (code) => { window.location.href = '/Deliver?code=' + encodeURIComponent(code); return { state: 'ok', message: code }; },
});
