// Import and export job pages: while the job runs, asks for its progress every second and moves the bar; when the job has left its
// running stage (previewed, written, cancelled, failed), reloads the page to show the outcome.
(function () {
    const panel = document.querySelector('[data-import-progress]');
    if (!panel) {
        return;
    }
    const bar = panel.querySelector('[data-import-bar]');
    const rows = panel.querySelector('[data-import-rows]');
    const stage = document.querySelector('[data-import-stage-text]');
    async function poll() {
        try {
            const response = await fetch(panel.dataset.importProgress, { headers: { 'Accept': 'application/json' } });
            if (!response.ok) {
                return;
            }
            const progress = await response.json();
            if (!progress.running) {
                window.location.reload();
                return;
            }
            bar.max = Math.max(progress.total, 1);
            bar.value = progress.done;
            rows.textContent = rows.dataset.template.replace('{0}', progress.done).replace('{1}', progress.total);
            stage.textContent = progress.stageText;
        } catch {
            // The next poll tries again.
        }
        window.setTimeout(poll, 1000);
    }
    window.setTimeout(poll, 500);
})();
