// The scan box's station scanner: scans read by a serial scanner on the station agent's PC reach the server, and this
// script fetches them for the chosen station (the server holds each request until a scan comes) and hands each one to
// the scan box above, which treats it like a keyboard-wedge scan. The choice is remembered on this device.
(function () {
    for (const picker of document.querySelectorAll('.station-scanner:not([data-started])')) {
        picker.dataset.started = 'true';
        const root = picker.closest('.scan-box-component');
        const choice = picker.querySelector('.station-scanner-choice');
        const remembered = 'station-scanner:' + picker.dataset.box;
        let listening = 0;

        async function listen(station, generation) {
            let after = -1;
            while (generation === listening) {
                try {
                    const response = await fetch(picker.dataset.url + '?station=' + station + '&after=' + after,
                        { headers: { 'Accept': 'application/json' } });
                    if (!response.ok) throw new Error(String(response.status));
                    const answer = await response.json();
                    picker.dataset.state = 'listening';
                    if (generation !== listening) return;
                    for (const code of answer.codes) {
                        root.dispatchEvent(new CustomEvent('scan-box:forwarded', { detail: { code } }));
                    }
                    after = answer.last;
                } catch {
                    picker.dataset.state = 'waiting';
                    await new Promise(resolve => setTimeout(resolve, 3000));
                }
            }
        }

        function start() {
            listening++;
            delete picker.dataset.state;
            localStorage.setItem(remembered, choice.value);
            if (choice.value) listen(choice.value, listening);
        }

        const saved = localStorage.getItem(remembered);
        if (saved && [...choice.options].some(o => o.value === saved)) choice.value = saved;
        choice.addEventListener('change', start);
        start();
    }
})();
