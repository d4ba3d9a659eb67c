using Warehouse.Data.Stock;
using Warehouse.Domain.Common;

namespace Warehouse.Data.Allocation;

/// Numbers for requests (SQ) and dispatches (DP): the prefix, today's date in the bureau and a daily sequence.
public sealed class WorkflowNumbers(NumberSequences numbers, BureauClock clock)
{
    public async Task<string> NextAsync(string prefix)
    {
        var name = prefix + clock.Today.ToString("yyyyMMdd");
        return $"{name}-{await numbers.NextAsync(name, default):0000}";
    }
}
