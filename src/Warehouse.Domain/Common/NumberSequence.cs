namespace Warehouse.Domain.Common;

/// A named counter for human-facing numbers (document, batch and asset numbers), advanced atomically.
public sealed class NumberSequence
{
    private NumberSequence() { }

    public NumberSequence(string name) => Name = name;

    public string Name { get; private set; } = "";
    public long Last { get; private set; }
}
