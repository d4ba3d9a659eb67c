using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;

namespace Warehouse.Domain.Tests;

public sealed class RefusedPostingTests
{
    private static RefusedPosting Refused() => new(1, DocumentKind.Issue, "user:k", "c1", "keeper", Errors.NotEnoughStock("FH-0006", 9, 3),
        new string('x', 900), "{}", null, new DateTime(2026, 11, 30, 1, 0, 0, DateTimeKind.Utc));

    [Fact]
    public void A_refusal_is_dismissed_only_with_a_note_and_only_once()
    {
        var refusal = Refused();

        Assert.Equal("RefusalNoteRequired", refusal.Dismiss("keeper", "  ", DateTime.UtcNow)?.Code);
        Assert.False(refusal.Resolved);
        Assert.Null(refusal.Dismiss("keeper", " re-issued from SC1 ", DateTime.UtcNow));
        Assert.Equal("re-issued from SC1", refusal.ResolutionNote);
        Assert.Equal(1, refusal.Version);
        Assert.Equal("RefusalAlreadyResolved", refusal.Dismiss("other", "again", DateTime.UtcNow)?.Code);
        Assert.Equal("keeper", refusal.ResolvedBy);
    }

    [Fact]
    public void A_refusal_keeps_its_error_code_and_cuts_an_over_long_detail_to_its_column()
    {
        var refusal = Refused();

        Assert.Equal("NotEnoughStock", refusal.ErrorCode);
        Assert.Equal(RefusedPosting.MaxDetailLength, refusal.Detail.Length);
    }
}
