namespace Warehouse.Domain.Auditing;

/// The last link of one chain. Every writer of chained rows locks this row first, so links are handed out one
/// writer at a time across connections and app instances.
public sealed class ChainHead
{
    private ChainHead() { }

    public ChainHead(string name, long sequence, string hash)
    {
        Name = name;
        Sequence = sequence;
        Hash = hash;
    }

    public string Name { get; private set; } = "";
    public long Sequence { get; private set; }
    public string Hash { get; private set; } = "";
}
