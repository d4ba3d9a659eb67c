namespace Warehouse.Domain.Common;

/// Refusals of scanned codes and of photos of codes.
public static partial class Errors
{
    public static DomainError AmbiguousGs1(string code) =>
        new("AmbiguousGs1", $"The GS1 code '{code}' is ambiguous: a lot or serial runs into the next element without a group separator.",
            code.Replace('\u001D', '␝'));
}
