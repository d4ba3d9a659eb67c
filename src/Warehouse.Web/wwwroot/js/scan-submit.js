// A scan box inside a form marked data-scan-submit sends the form as soon as a code is scanned (or typed and Enter).
(function () {
    for (const form of document.querySelectorAll('form[data-scan-submit]')) {
        const component = form.querySelector('.scan-box-component');
        const input = component.querySelector('input.scan-box');
        ScanBox.attach(component, {
            onScan: async (code) => {
                input.value = code;
                form.submit();
                return { state: 'ok', message: code };
            },
        });
    }
})();
