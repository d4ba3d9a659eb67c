using System.Diagnostics.Metrics;
using Warehouse.Data.Infrastructure;

namespace Warehouse.Web.Features.Live;

/// How many pages hold a live connection to this instance now, exported as the `warehouse_signalr_connections` gauge.
public sealed class LiveConnections
{
    private int _open;

    public LiveConnections(IMeterFactory meters) =>
        meters.Create(WarehouseMeter.Name).CreateObservableGauge("warehouse.signalr.connections", () => Open, "{connection}",
            "Live connections (board, request pages, bell) open to this instance");

    public int Open => Volatile.Read(ref _open);

    public void Opened() => Interlocked.Increment(ref _open);

    public void Closed() => Interlocked.Decrement(ref _open);
}
