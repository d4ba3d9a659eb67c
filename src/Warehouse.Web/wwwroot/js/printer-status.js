// Printers page: asks each printer for its real-time status now and every ten seconds.
(function () {
    const cells = [...document.querySelectorAll('.wh-printer-status')];
    async function refresh(cell) {
        try {
            const response = await fetch(cell.dataset.statusUrl, { headers: { 'Accept': 'application/json' } });
            const answer = await response.json();
            cell.dataset.state = answer.state;
            cell.textContent = answer.text;
        } catch {
            cell.dataset.state = 'unreachable';
        }
    }
    const all = () => cells.forEach(refresh);
    all();
    setInterval(all, 10000);
})();
