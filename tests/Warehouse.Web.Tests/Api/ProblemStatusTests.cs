using Microsoft.AspNetCore.Http;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Tests.Api;

/// The statuses the API promised when they were chosen by code; now each error's kind decides them.
public sealed class ProblemStatusTests
{
    public static TheoryData<DomainError, int> Promised() => new()
    {
        { Errors.NotEnoughStock("FH-0001", 5, 1), StatusCodes.Status409Conflict },
        { Errors.UnitAlreadyInStock("S1"), StatusCodes.Status409Conflict },
        { Errors.UnitNotInStock("S1", "CR"), StatusCodes.Status409Conflict },
        { Errors.Stale(), StatusCodes.Status409Conflict },
        { Errors.AlreadyDelivered("D1", null), StatusCodes.Status409Conflict },
        { Errors.ConcurrentChange(), StatusCodes.Status409Conflict },
        { Errors.CodeNotReissuable("D1"), StatusCodes.Status409Conflict },
        { Errors.DepotNotYours("CR"), StatusCodes.Status403Forbidden },
        { Errors.Forbidden("why"), StatusCodes.Status403Forbidden },
        { Errors.PasswordChangeRequired(), StatusCodes.Status403Forbidden },
        { Errors.MfaEnrolmentRequired(), StatusCodes.Status403Forbidden },
        { Errors.UnknownCode("NOPE"), StatusCodes.Status422UnprocessableEntity },
        { Errors.UnknownDepot("NOPE"), StatusCodes.Status422UnprocessableEntity },
        { Errors.IdempotencyKeyReused("c1"), StatusCodes.Status422UnprocessableEntity },
        { Errors.BodyTooLarge(1024), StatusCodes.Status413PayloadTooLarge },
        { Errors.QuantityNotPositive(0), StatusCodes.Status400BadRequest },
        { Errors.UnknownRequest(1), StatusCodes.Status400BadRequest },
        { Errors.IllegalStep("Approve", "Draft"), StatusCodes.Status400BadRequest },
        { Errors.GtinInvalid("123"), StatusCodes.Status400BadRequest },
        { Errors.PrintJobClosed(1), StatusCodes.Status400BadRequest },
    };

    [Theory]
    [MemberData(nameof(Promised))]
    public void A_problem_keeps_the_status_the_api_promised_for_its_code(DomainError error, int status)
    {
        Assert.Equal(status, ApiProblems.StatusFor(error.Kind));
    }

    [Fact]
    public void Only_forbidden_errors_send_a_page_to_access_denied()
    {
        Assert.True(ApiProblems.IsForbidden(Errors.DepotNotYours("CR")));
        Assert.False(ApiProblems.IsForbidden(Errors.Stale()));
        Assert.False(ApiProblems.IsForbidden(null));
    }
}
