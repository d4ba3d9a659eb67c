namespace Warehouse.Web.Features.Stock.Export;

/// Lets a few exports run at once (`Exports:MaxConcurrent`, default 2) and refuses the next one at once rather
/// than queueing it: a queue of exports would hold connections and memory without bound. The gate is per app instance:
/// it guards this process's memory and connections, so several instances each run that many.
public sealed class ExportGate(int maxConcurrent = 2)
{
    private readonly SemaphoreSlim _slots = new(maxConcurrent, maxConcurrent);

    /// A slot to release when the export is written, or null when all slots are taken.
    public IDisposable? TryEnter() => _slots.Wait(0) ? new Slot(_slots) : null;

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                slots.Release();
        }
    }
}
