using Microsoft.EntityFrameworkCore;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;
using static Warehouse.Data.Tests.ApprovalFixture;

namespace Warehouse.Data.Tests;

public sealed class DelegationTests : IDisposable
{
    private static readonly HashSet<string> DirectorRoles = [Roles.Director];
    private readonly ApprovalFixture _fixture = new();

    public void Dispose() => _fixture.Dispose();

    private async Task<Data.Stock.Outcome<int>> DelegateAsync(string deputy, TimeSpan startsIn, TimeSpan lasts)
    {
        await using var db = _fixture.Database.NewContext();
        var from = DateTime.UtcNow + startsIn;
        return await _fixture.Steps(db).Delegations.NameAsync("director", DirectorRoles, deputy, from, from + lasts,
            new Auditing.AuditActor("director", null));
    }

    [Theory, MemberData(nameof(Providers.Both), MemberType = typeof(Providers))]
    public async Task The_deputy_approves_on_the_directors_behalf_while_delegated(string provider)
    {
        await _fixture.SetUpAsync(provider);
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        Assert.True((await _fixture.ApproveStepAsync(id, Chief)).Succeeded);
        Assert.True((await DelegateAsync("deputy", TimeSpan.FromMinutes(-1), TimeSpan.FromDays(3))).Succeeded);

        var approved = await _fixture.ApproveAsync(id, Deputy, 60);

        Assert.True(approved.Succeeded, approved.Error?.Message);
        var step = (await _fixture.RequestAsync(id)).Steps[1];
        Assert.Equal(("deputy", "director"), (step.DecidedBy, step.OnBehalfOf));
    }

    [Fact]
    public async Task A_deputy_whose_delegation_has_not_begun_may_not_approve_the_directors_step()
    {
        await _fixture.SetUpAsync();
        await _fixture.LargeNeedsDirectorAsync();
        var id = await _fixture.SubmittedAsync(60);
        Assert.True((await _fixture.ApproveStepAsync(id, Chief)).Succeeded);
        Assert.True((await DelegateAsync("deputy", TimeSpan.FromHours(1), TimeSpan.FromDays(1))).Succeeded);

        var refused = await _fixture.ApproveAsync(id, Deputy, 60);

        Assert.Equal(Domain.Common.ErrorKind.Forbidden, refused.Error?.Kind);
        Assert.Equal(RequestState.InApproval, (await _fixture.RequestAsync(id)).State);
    }

    [Theory]
    [InlineData("director", 1, "DeputyIsSelf")]
    [InlineData("deputy", 31, "DelegationPeriodInvalid")]
    [InlineData("nobody", 1, "UnknownDeputy")]
    public async Task A_deputy_named_for_themselves_for_too_long_or_unknown_is_refused_and_nothing_is_saved(string deputy, int days,
        string code)
    {
        await _fixture.SetUpAsync();

        var refused = await DelegateAsync(deputy, TimeSpan.Zero, TimeSpan.FromDays(days));

        Assert.Equal(code, refused.Error?.Code);
        await using var db = _fixture.Database.NewContext();
        Assert.False(await db.Delegations.AnyAsync());
    }
}
