using System.Collections.Concurrent;

namespace Warehouse.Web.Features.Agents;

/// The scans a station agent forwards, numbered per station, until the station's open scan box pages fetch them.
/// Held in this app instance's memory: a scan is for whoever has the page open now, not a record to keep.
public sealed class StationScanRelay
{
    /// How many of a station's latest scans are kept for pages that are a little behind.
    public const int Kept = 50;

    private readonly ConcurrentDictionary<int, Channel> _stations = new();

    /// Adds a scan; pages waiting for the station's scans are woken.
    public void Add(int stationId, string code) => _stations.GetOrAdd(stationId, _ => new Channel()).Add(code);

    /// The station's scans after number <paramref name="after"/>, waiting up to <paramref name="wait"/> for one to come.
    /// A page that has seen none yet (<paramref name="after"/> below zero) is told only the latest number, so it never
    /// receives scans made before it opened.
    public async Task<StationScans> AfterAsync(int stationId, long after, TimeSpan wait, CancellationToken cancellationToken)
    {
        var channel = _stations.GetOrAdd(stationId, _ => new Channel());
        // Numbers start again when the app restarts: a page that is ahead starts again from the latest.
        if (after < 0 || after > channel.Last)
            return new StationScans(channel.Last, []);
        var signal = channel.Signal;
        if (channel.After(after) is { Count: > 0 } ready)
            return ready.Answer(channel.Last);
        try
        {
            await signal.WaitAsync(wait, cancellationToken);
        }
        catch (TimeoutException)
        {
        }
        return channel.After(after).Answer(channel.Last);
    }

    private sealed class Channel
    {
        private readonly Queue<(long Number, string Code)> _scans = new();
        private TaskCompletionSource _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public long Last { get; private set; }

        public Task Signal
        {
            get
            {
                lock (_scans)
                    return _signal.Task;
            }
        }

        public void Add(string code)
        {
            TaskCompletionSource woken;
            lock (_scans)
            {
                _scans.Enqueue((++Last, code));
                while (_scans.Count > Kept)
                    _scans.Dequeue();
                woken = _signal;
                _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }
            woken.SetResult();
        }

        public List<(long Number, string Code)> After(long after)
        {
            lock (_scans)
                return _scans.Where(s => s.Number > after).ToList();
        }
    }
}

/// A station's scans for its scan box pages: the number of the latest, and the codes after the number the page sent.
public sealed record StationScans(long Last, IReadOnlyList<string> Codes);

internal static class StationScanLists
{
    public static StationScans Answer(this List<(long Number, string Code)> scans, long last) =>
        new(scans.Count > 0 ? scans[^1].Number : last, scans.Select(s => s.Code).ToList());
}
