using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Warehouse.Web.Tests.Authorization;

/// Authorization is declared, never assumed: every endpoint names a policy (or [Authorize]) or is on this short list.
public sealed class EndpointMetadataTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>
{
    private static readonly HashSet<string> Anonymous =
    [
        "Account.Login", "Account.AccessDenied", "Account.Language", "Home.Error", "Home.Status", "/health", "/health/live", "/health/ready", "/ping",
        // The second sign-in step: the caller holds only the half-way cookie of a correct password, not a session.
        "SecondStep.Code", "SecondStep.RecoveryCode",
        // The first-run set-up: no one can sign in yet; the one-time link's token guards it, and it is gone once users exist.
        "Setup.Index",
        // A new user's one-time set-password link: they cannot sign in before it; the link's token guards it and burns on use.
        "SetPassword.Index",
        // The web app manifest: browsers fetch it without the session; it holds the app's name, colours and icons only.
        "Manifest.Index",
        // The API reference page's library scripts, as its package maps them: public code, no data; the page is for administrators.
        "/api/docs/scalar.js", "/api/docs/scalar.aspnetcore.js", "/api/docs/favicon.svg",
    ];

    [Fact]
    public void Every_endpoint_is_under_an_authorization_policy_or_on_the_anonymous_allow_list()
    {
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ISuppressMatchingMetadata>()?.SuppressMatching != true).ToList();
        Assert.True(endpoints.Count > 50, $"only {endpoints.Count} endpoints found");

        var anonymous = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is not null).Select(Name).ToHashSet();
        var unguarded = endpoints.Where(e => e.Metadata.GetMetadata<IAllowAnonymous>() is null && !e.Metadata.GetOrderedMetadata<IAuthorizeData>().Any())
            .Select(Name).ToList();

        Assert.Empty(unguarded);
        Assert.Empty(anonymous.Except(Anonymous));
    }

    private static string Name(RouteEndpoint endpoint) =>
        endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action
            ? $"{action.ControllerName}.{action.ActionName}"
            : "/" + endpoint.RoutePattern.RawText?.TrimStart('/');
}
