// Behaviour the pages declare with data- attributes, so that no page needs an inline script or on...= handler
// (the Content-Security-Policy allows scripts from this site's files only).
(function () {
    document.addEventListener('click', (event) => {
        if (event.target.closest('[data-print]')) {
            window.print();
        }
    });
    document.addEventListener('change', (event) => {
        const target = event.target;
        if (target.matches('[data-submit-on-change]') && target.form) {
            target.form.submit();
        }
        if (target.matches('[data-check-all]')) {
            document.querySelectorAll(target.dataset.checkAll).forEach((box) => { box.checked = target.checked; });
        }
    });
})();
