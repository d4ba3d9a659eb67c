namespace Warehouse.Domain.Allocation;

/// How many deliveries of one bureau-local day took a given number of whole minutes, for one leg (city-wide) or for the
/// whole of the time on one route (source and destination). A projection kept from the delivered dispatches and call-up
/// orders, never the other way round, so that the transfer-time report over a busy month reads a few thousand counts
/// rather than every delivery with its request, steps and transitions.
public sealed class TransferTally
{
    private TransferTally() { }

    public TransferTally(TallyKey key, int count)
    {
        Day = key.Day;
        Leg = key.Leg;
        Step = key.Step;
        Source = key.Source;
        Destination = key.Destination;
        Minutes = key.Minutes;
        Count = count;
    }

    public long Id { get; private set; }
    public DateOnly Day { get; private set; }
    public LegKind Leg { get; private set; }
    public int Step { get; private set; }
    public string Source { get; private set; } = "";
    public string Destination { get; private set; } = "";
    public int Minutes { get; private set; }
    public int Count { get; private set; }

    public TallyKey Key => new(Day, Leg, Step, Source, Destination, Minutes);

    public void Add(int count) => Count += count;

    /// The minutes begun: a leg of 120.2 minutes counts as 121, so that it stays beyond a target of 120 as it is.
    public static int WholeMinutes(double minutes) => minutes <= 0 ? 0 : (int)Math.Min(Math.Ceiling(minutes), int.MaxValue);
}

/// A tally's grain. The legs are counted city-wide (no source or destination); the total per route.
public readonly record struct TallyKey(DateOnly Day, LegKind Leg, int Step, string Source, string Destination, int Minutes);
