// The dispatch board's countdowns to the needed-by time and the two-hour target. Pushed changes redraw its rows
// (live.js); only while that connection is down does the board reload once a minute.
(function () {
    const texts = document.getElementById('texts').dataset;
    const format = ms => { const m = Math.floor(Math.abs(ms) / 60000); return `${Math.floor(m / 60)}:${String(m % 60).padStart(2, '0')}`; };
    function tick() {
        const now = Date.now();
        document.querySelectorAll('.countdown').forEach(el => {
            const left = Date.parse(el.dataset.at) - now;
            el.textContent = (left < 0 ? texts.overdue : texts.left).replace('{0}', format(left));
            el.className = 'countdown ' + (left < 0 ? 'text-danger fw-semibold' : left < 30 * 60000 ? 'text-warning fw-semibold' : '');
        });
    }
    tick();
    setInterval(tick, 1000);
    document.addEventListener('live:redrawn', tick);
    setInterval(() => { if (document.documentElement.dataset.live !== 'up') location.reload(); }, 60000);
})();
