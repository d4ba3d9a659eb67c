// Signature pads (signature_pad, vendored): touch or mouse, a Clear button, and the drawing sent as a PNG data URL in
// a hidden field when its form is submitted (an empty pad sends nothing, which the server refuses with a clear message).
// Where the pad asks for it, the browser's position fills three hidden fields; refused or unavailable, it never blocks.
(function () {
    const fit = (canvas, pad) => {
        const ratio = Math.max(window.devicePixelRatio || 1, 1);
        const data = pad.toData();
        canvas.width = canvas.offsetWidth * ratio;
        canvas.height = canvas.offsetHeight * ratio;
        canvas.getContext('2d').scale(ratio, ratio);
        pad.clear();
        pad.fromData(data);
    };

    const locate = (box) => {
        const status = box.querySelector('[data-position-status]');
        if (!status) return;
        const unavailable = () => { status.textContent = status.dataset.unavailable; };
        if (!navigator.geolocation) return unavailable();
        navigator.geolocation.getCurrentPosition((position) => {
            const c = position.coords;
            box.querySelector('[data-position-latitude]').value = c.latitude.toFixed(6);
            box.querySelector('[data-position-longitude]').value = c.longitude.toFixed(6);
            box.querySelector('[data-position-accuracy]').value = Math.round(c.accuracy);
            status.textContent = status.dataset.located.replace('{0}', Math.round(c.accuracy));
        }, unavailable, { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 });
    };

    document.querySelectorAll('[data-signature-pad]').forEach((box) => {
        const canvas = box.querySelector('canvas');
        const value = box.querySelector('[data-signature-value]');
        const pad = new SignaturePad(canvas, { penColor: '#0b2545', minWidth: 0.8, maxWidth: 2.6 });
        fit(canvas, pad);
        window.addEventListener('resize', () => fit(canvas, pad));
        box.querySelector('[data-signature-clear]').addEventListener('click', () => pad.clear());
        box.closest('form')?.addEventListener('submit', () => {
            value.value = pad.isEmpty() ? '' : pad.toDataURL('image/png');
        });
        locate(box);
    });
})();
