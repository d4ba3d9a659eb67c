using Warehouse.Domain.Common;
using Warehouse.Domain.Stock;
using Warehouse.Domain.WriteOffs;

namespace Warehouse.Domain.Tests;

/// A write-off note's own rules: whole positive quantities, a serial unit is one, a reason to reject, and a decision
/// taken once by someone other than the proposer.
public sealed class WriteOffRuleTests
{
    private static readonly DateTime At = new(2026, 11, 30, 8, 0, 0, DateTimeKind.Utc);

    private static WriteOff Proposed(WriteOffCause cause = WriteOffCause.Damaged) =>
        new("BF20261130-0001", 1, cause, "受潮", [new WriteOffLine(7, 3, 2, null, null)], "keeper", At);

    private static string Refusal(Action act) => Assert.Throws<DomainException>(act).Error.Code;

    [Theory]
    [InlineData(0)]
    [InlineData(-4)]
    [InlineData(WriteOffLine.MaxQuantity + 1)]
    public void A_line_takes_a_whole_quantity_of_at_least_one(int quantity) =>
        Assert.Equal("WriteOffQuantityInvalid", Refusal(() => _ = new WriteOffLine(7, quantity, null, null, null)));

    [Fact]
    public void A_serial_unit_is_written_off_one_at_a_time() =>
        Assert.Equal("WriteOffQuantityInvalid", Refusal(() => _ = new WriteOffLine(7, 2, null, 9, null)));

    [Fact]
    public void A_note_names_at_least_one_line_and_a_known_cause()
    {
        Assert.Equal("WriteOffLinesInvalid", Refusal(() => _ = new WriteOff("BF1", 1, WriteOffCause.Damaged, null, [], "keeper", At)));
        Assert.Equal("WriteOffCauseInvalid", Refusal(() => _ = Proposed((WriteOffCause)42)));
    }

    [Theory]
    [InlineData(WriteOffCause.Expired, StockReason.Scrap)]
    [InlineData(WriteOffCause.Damaged, StockReason.Scrap)]
    [InlineData(WriteOffCause.LostInUse, StockReason.Loss)]
    public void The_cause_decides_the_ledger_reason(WriteOffCause cause, StockReason reason) =>
        Assert.Equal(reason, Proposed(cause).Reason);

    [Fact]
    public void The_proposer_cannot_decide_and_a_decision_is_taken_once()
    {
        var writeOff = Proposed();

        Assert.Equal("WriteOffOwnApproval", Refusal(() => writeOff.Approve("KEEPER", At)));
        Assert.Equal("WriteOffRejectionNeedsReason", Refusal(() => writeOff.Reject("manager", "  ", At)));
        writeOff.Approve("manager", At);

        Assert.Equal((WriteOffState.Approved, "manager"), (writeOff.State, writeOff.DecidedBy));
        Assert.Equal("WriteOffDecided", Refusal(() => writeOff.Reject("director", "迟了", At)));
        Assert.Equal("WriteOffDecided", Refusal(() => writeOff.Approve("director", At)));
    }
}
