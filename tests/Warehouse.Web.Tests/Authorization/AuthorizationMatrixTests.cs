using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Warehouse.Data.Allocation;
using Warehouse.Data.Allocation.Steps;
using Warehouse.Domain.Allocation;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Tests.Authorization;

/// Who may call what: every page and API action, for every demo role, anonymous and the station key (at CR).
/// "Allowed" means the request got past authorization (any answer but a login, 401 or 403, never a 500); a
/// refusal is the login page or 401 for strangers and 403 for a signed-in caller in the wrong role or depot.
/// Add a row when you add an endpoint. Ids in braces are the demo's records, found in <see cref="InitializeAsync"/>.
public sealed class AuthorizationMatrixTests(WarehouseFactory factory) : IClassFixture<WarehouseFactory>, IAsyncLifetime
{
    private const string Everyone = "admin manager keeper dept auditor";
    private const string Keepers = "admin keeper";
    private const string Managers = "admin manager";
    private const string Requesters = "admin manager dept";
    private const string Anyone = "anonymous station " + Everyone;
    private static readonly string[] Callers = ["anonymous", "station", "admin", "manager", "keeper", "dept", "auditor"];

    private static readonly (string Method, string Path, string Allowed)[] Rows =
    [
        ("GET", "/Account/Login", Anyone), ("GET", "/Account/AccessDenied", Anyone), ("GET", "/health", Anyone), ("GET", "/health/live", Anyone),
        ("GET", "/health/ready", Anyone), ("GET", "/ping", Anyone),
        ("GET", "/", Everyone), ("GET", "/Stock", Everyone), ("GET", "/Stock/Ledger", Everyone), ("GET", "/Stock/Export", Everyone),
        ("GET", "/Stock/Receive", Keepers), ("GET", "/Stock/Issue", Keepers), ("GET", "/Items", Everyone), ("GET", "/Items/Create", "admin"),
        ("POST", "/Items/Create", "admin"), ("GET", "/Depots", Everyone), ("GET", "/Locations", Everyone), ("GET", "/Quotas", Everyone),
        ("GET", "/Departments", Everyone), ("POST", "/Departments/Create", "admin"), ("GET", "/Audit", "admin manager auditor"),
        ("GET", "/Stations", "admin"), ("GET", "/Printers", "admin"), ("GET", "/PrintJobs", Keepers), ("POST", "/PrintJobs/Cancel/0", Keepers),
        ("POST", "/PrintJobs/Reprint/0", Keepers), ("GET", "/Labels", Keepers),
        ("GET", "/Requests", Everyone), ("GET", "/Requests/Details/{draft}", Everyone), ("GET", "/Workflow", Everyone),
        ("GET", "/Board", Everyone), ("GET", "/Reports/TransferTimes", Everyone), ("GET", "/Map", Everyone), ("GET", "/Map/Data", Everyone),
        ("POST", "/live/negotiate?negotiateVersion=1", Everyone), ("GET", "/Notifications/Bell", Everyone),
        ("POST", "/Notifications/Open/0", Everyone), ("POST", "/Notifications/ReadAll", Everyone),
        ("GET", "/Requests/Create", Requesters), ("POST", "/Requests/Create", Requesters),
        ("GET", "/Requests/Edit/{draft}", Requesters), ("POST", "/Requests/Edit/{draft}", Requesters),
        ("POST", "/Requests/Fire/{draft}", Requesters), ("POST", "/Requests/Fire/{transfer}", Managers),
        ("GET", "/Requests/Approve/{submitted}", Managers), ("POST", "/Requests/Approve/{submitted}", Managers),
        ("POST", "/Requests/Release/{submitted}?depotId={CR}", Keepers), ("POST", "/Requests/Release/{submitted}?depotId={SC3}", "admin"), ("POST", "/Requests/Reissue/{transit}", Managers),
        ("GET", "/Dispatches/Pick/{picking}", Keepers), ("GET", "/Dispatches/Pick/{sc3}", "admin"),
        ("POST", "/Dispatches/Send/{picking}", Keepers), ("POST", "/Dispatches/Unpick/{picking}", Keepers),
        ("GET", "/Dispatches/Return/{transitDispatch}", Keepers), ("POST", "/Dispatches/Return/{transitDispatch}", Keepers),
        ("GET", "/Dispatches/Return/{sc3}", "admin"),
        ("GET", "/Dispatches/Sign/{transitDispatch}?role=Driver", Keepers), ("POST", "/Dispatches/Sign/{transitDispatch}", Keepers),
        ("GET", "/Dispatches/Sign/{transitDispatch}?role=Receiver", Requesters),
        ("GET", "/Deliver", "admin manager keeper dept"), ("POST", "/Deliver/Confirm", "admin manager keeper dept"), ("POST", "/Deliver/Receipt", "admin manager keeper dept"),
        ("GET", "/api/codes/FH-0001", "station " + Everyone), ("GET", "/api/stock", "station " + Everyone),
        ("POST", "/api/codes/decode", "station admin manager keeper dept"),
        ("POST", "/api/receipts", "station " + Keepers), ("POST", "/api/issues", "station " + Keepers),
        ("POST", "/api/issues#SC3", "admin"), ("POST", "/api/dispatches/{picking}/picks", "station " + Keepers),
        ("POST", "/api/dispatches/{sc3}/picks", "admin"), ("POST", "/api/deliveries", "station admin manager keeper dept"),
        ("GET", "/Stock/ExportLedger", Everyone), ("GET", "/Admin/Audit/Verify", "admin auditor"), ("GET", "/api/audit/verify", "admin auditor"),
        ("POST", "/api/agent/hello", "station"), ("POST", "/api/agent/status", "station"),
        ("POST", "/api/agent/jobs/next?wait=0", "station"), ("POST", "/api/agent/jobs/1/printed", "station"),
        ("POST", "/api/agent/jobs/1/failed", "station"), ("POST", "/api/agent/scans", "station"),
        ("GET", "/StationScans?station={station}&after=-1", Keepers),
        ("GET", "/openapi/v1.json", "station admin"), ("GET", "/api/docs/", "admin"),
        ("GET", "/Admin/Users", "admin"), ("GET", "/Admin/Users/Create", "admin"), ("POST", "/Admin/Users/Create", "admin"),
        ("POST", "/Admin/Users/Disable/nobody", "admin"), ("POST", "/Admin/Users/ResetPassword/nobody", "admin"),
        ("GET", "/Admin/Import", "admin"), ("GET", "/Admin/Import/Template", "admin"), ("GET", "/Admin/Import/Export", "admin"), ("GET", "/Admin/Import/ExportStock", "admin"), ("POST", "/Admin/Import/Upload", "admin"),
        ("POST", "/Admin/Import/Confirm", "admin"), ("GET", "/Admin/Import/Job/0", "admin"), ("GET", "/Admin/Import/Progress/0", "admin"),
        ("POST", "/Admin/Import/Cancel/0", "admin"),
        ("GET", "/Setup", Anyone), ("POST", "/Setup", "anonymous station admin manager keeper dept"),
        ("GET", "/Account/SetPassword", Anyone), ("POST", "/Account/SetPassword", "anonymous station admin manager keeper dept"),
        ("GET", "/Account/Password", Everyone), ("POST", "/Account/Password", Everyone), ("GET", "/Account/TwoFactor", Everyone),
        ("GET", "/Counts", Everyone), ("GET", "/Counts/{count}", Everyone), ("GET", "/Counts/{count}/Sheet", Everyone),
        ("GET", "/Counts/{count}/Count", Keepers), ("POST", "/Counts/Create", "admin manager keeper"),
        ("POST", "/Counts/{countSC3}/Submit", Managers), ("POST", "/Counts/{count}/Approve", Managers),
        ("POST", "/api/counts", "station admin manager keeper"), ("POST", "/api/counts/{countSC3}/lines", "admin"),
        ("POST", "/api/counts/{count}/submit", "station admin manager keeper"), ("GET", "/api/counts/{count}", "station " + Everyone),
        ("POST", "/api/counts/{count}/approve", Managers),
        ("GET", "/Reports/Periods", "admin manager auditor"), ("GET", "/Reports/Periods/0", "admin manager auditor"),
        ("POST", "/Reports/Periods/Close", "manager auditor"), ("POST", "/Reports/Periods/0/SignOff", "auditor"),
        ("GET", "/Reports/Periods/0/Pack", "admin manager auditor"),
        ("GET", "/Reports/ReserveSummary", Everyone), ("GET", "/Reports/ReserveSummary/Export", Everyone), ("GET", "/api/reports/reserve-summary?from=2026-01-01&to=2026-06-30", "station " + Everyone),
        ("GET", "/manifest.webmanifest", Anyone), ("GET", "/api/offline/catalog", "station " + Keepers),
        ("GET", "/RefusedPostings", Keepers), ("POST", "/RefusedPostings/Dismiss/0", Keepers),
        ("POST", "/Requests/ApproveStep/{submitted}", Managers), ("POST", "/Requests/Waive/0", Managers),
        ("GET", "/Admin/ApprovalRules", "admin"), ("GET", "/Admin/ApprovalRules/Edit/1", "admin"),
        ("POST", "/Admin/ApprovalRules/Save", "admin"), ("POST", "/Admin/ApprovalRules/Retire/999", "admin"),
        ("GET", "/Delegations", "manager"), ("POST", "/Delegations/Name", "manager"), ("POST", "/Delegations/Revoke/0", "manager"),
        ("GET", "/Readiness", Everyone), ("GET", "/Readiness/Export", Everyone), ("POST", "/Readiness/Draft/0", Requesters),
        ("GET", "/Maintenance", "admin manager keeper auditor"), ("GET", "/Maintenance/Check?code=WE-EQ000001", Keepers),
        ("POST", "/Maintenance/Check", Keepers), ("GET", "/Maintenance/Repair/0", Keepers), ("POST", "/Maintenance/Repair/0", Keepers),
        ("GET", "/api/maintenance/due", "station admin manager keeper auditor"),
        ("GET", "/api/readiness", "station " + Everyone), ("GET", "/api/requests", "station " + Everyone),
        ("POST", "/api/requests", Requesters), ("GET", "/Admin/ApiKeys", "admin"), ("POST", "/Admin/ApiKeys/Create", "admin"),
        ("POST", "/Admin/ApiKeys/Revoke/0", "admin"),
        ("GET", "/Places", Everyone), ("GET", "/Places/Create", "admin"), ("POST", "/Places/Create", "admin"),
        ("GET", "/Places/Edit/0", "admin"),
        ("POST", "/Places/Delete/0", "admin"), ("GET", "/Places/Import", "admin"), ("POST", "/Places/Import", "admin"),
        ("GET", "/Standards", Everyone), ("GET", "/Standards/Create", "admin"), ("POST", "/Standards/Create", "admin"),
        ("POST", "/Standards/Delete/0", "admin"),
        ("GET", "/Rotation", "admin manager keeper auditor"), ("POST", "/Rotation/Transfer", Managers),
        ("GET", "/WriteOffs", "admin manager keeper auditor"), ("GET", "/WriteOffs/Details/0", "admin manager keeper auditor"),
        ("GET", "/WriteOffs/Create", Keepers), ("POST", "/WriteOffs/Create", Keepers),
        ("POST", "/WriteOffs/Approve/0", Managers), ("POST", "/WriteOffs/Reject/0", Managers),
        ("GET", "/Maintenance/Plans", "admin manager keeper auditor"), ("POST", "/Maintenance/Plans/Add", Managers),
        ("POST", "/Maintenance/Plans/Reschedule/0", Managers), ("POST", "/Maintenance/Plans/Remove/0", Managers),
        ("GET", "/Kits", Everyone), ("GET", "/Kits/Details/0", Everyone),
        ("GET", "/Kits/Pack", Keepers), ("POST", "/Kits/Pack", Keepers), ("POST", "/Kits/Scan/0", Keepers),
        ("POST", "/Kits/Unpack/0", Keepers), ("GET", "/KitDefinitions", Everyone),
        ("POST", "/KitDefinitions/Create", Managers), ("POST", "/KitDefinitions/SetLine/0", Managers),
        ("POST", "/KitDefinitions/RemoveLine/0", Managers), ("POST", "/Dispatches/ReturnKit/{transitDispatch}", Keepers),
        ("GET", "/Labels/Sheet?kind=Kit&ids=0", Keepers),
        ("GET", "/Suppliers", "admin manager keeper auditor"), ("GET", "/Suppliers/Create", Managers), ("POST", "/Suppliers/Create", Managers),
        ("GET", "/Suppliers/Agreement", Managers), ("POST", "/Suppliers/Agreement", Managers),
        ("GET", "/Suppliers/Edit/0", Managers), ("POST", "/Suppliers/Edit/0", Managers), ("GET", "/Suppliers/Agreement/0", Managers),
        ("POST", "/Suppliers/Agreement/0", Managers), ("POST", "/Suppliers/End/0", Managers), ("POST", "/CallUps/Cancel/0", Managers),
        ("GET", "/CallUps", "admin manager keeper auditor"), ("GET", "/CallUps/Details/0", "admin manager keeper auditor"),
        ("POST", "/CallUps/Send/0", Managers), ("POST", "/CallUps/Receive/0", Keepers),
        ("GET", "/CallUps/Deliver", "admin manager keeper dept"), ("POST", "/CallUps/Deliver", "admin manager keeper dept"),
        ("GET", "/Exports/Job/0", Everyone), ("GET", "/Exports/Progress/0", Everyone), ("GET", "/Exports/Download/0", Everyone),
        ("POST", "/Exports/Cancel/0", "admin manager keeper dept"),
        ("POST", "/Admin/Audit/Verify", "admin auditor"), ("POST", "/Admin/Audit/Verify/Cancel", "admin auditor"),
        ("GET", "/Admin/Audit/Verify/Progress", "admin auditor"), ("POST", "/api/audit/verify", "admin auditor"),
    ];

    private readonly Dictionary<string, int> _ids = [];

    public async Task InitializeAsync()
    {
        await using var db = factory.NewDbContext();
        async Task<int> Request(string incident) => await db.AllocationRequests.Where(r => r.Incident == incident).Select(r => r.Id).SingleAsync();
        _ids["draft"] = await Request("汛前物资预置");
        _ids["transfer"] = await Request("分中心汛前补库");
        _ids["submitted"] = await Request("南湖水位超警");
        _ids["transit"] = await Request("临江堤防巡查");
        _ids["transitDispatch"] = await db.Dispatches.Where(d => d.RequestId == _ids["transit"]).Select(d => d.Id).SingleAsync();
        _ids["picking"] = await db.Dispatches.Where(d => d.Request!.Incident == "西山山体滑坡").Select(d => d.Id).SingleAsync();
        _ids["sc3"] = await DispatchFromSc3Async();
        _ids["station"] = await db.Stations.Select(s => s.Id).FirstAsync();
        _ids["CR"] = await db.Depots.Where(d => d.Code == "CR").Select(d => d.Id).SingleAsync();
        _ids["SC3"] = await db.Depots.Where(d => d.Code == "SC3").Select(d => d.Id).SingleAsync();
        _ids["count"] = await CountAtAsync(_ids["CR"]);
        _ids["countSC3"] = await CountAtAsync(_ids["SC3"]);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Every_role_reaches_exactly_the_pages_and_api_actions_its_row_allows()
    {
        var clients = new Dictionary<string, (HttpClient Client, string? Token)>();
        foreach (var caller in Callers)
            clients[caller] = await ClientAsync(caller);
        var wrong = new List<string>();
        foreach (var (method, path, allowed) in Rows)
        {
            foreach (var caller in Callers)
            {
                var (client, token) = clients[caller];
                var response = await SendAsync(client, token, method, path);
                var expected = allowed.Split(' ').Contains(caller) ? "allowed" : Refusal(caller, path);
                var actual = Outcome(response, path);
                if (actual != expected)
                    wrong.Add($"{method} {path} as {caller}: expected {expected}, got {actual} ({(int)response.StatusCode})");
            }
        }
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static bool IsApi(string path) =>
        path.StartsWith("/api", StringComparison.Ordinal) || path.StartsWith("/openapi", StringComparison.Ordinal);

    private static string Refusal(string caller, string path) =>
        caller == "anonymous" || (caller == "station" && !IsApi(path)) ? "sign in" : "forbidden";

    private static string Outcome(HttpResponseMessage response, string path)
    {
        var location = response.Headers.Location?.OriginalString ?? "";
        return response.StatusCode switch
        {
            HttpStatusCode.Unauthorized when IsApi(path) => "sign in",
            HttpStatusCode.Redirect when location.Contains("/Account/Login") && !path.StartsWith("/Account/Login") => "sign in",
            HttpStatusCode.Forbidden => "forbidden",
            HttpStatusCode.InternalServerError or HttpStatusCode.Unauthorized => "error",
            _ when location.Contains("AccessDenied") => "error",
            _ => "allowed",
        };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string? token, string method, string path)
    {
        var url = _ids.Aggregate(path.Split('#')[0], (p, id) => p.Replace($"{{{id.Key}}}", id.Value.ToString()));
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "POST" && IsApi(path))
        {
            request.Content = JsonContent.Create(Body(path));
            if (token is not null)
                request.Headers.Add("RequestVerificationToken", token);
        }
        else if (method == "POST")
        {
            request.Content = new FormUrlEncodedContent(token is null ? [] : [new("__RequestVerificationToken", token)]);
        }
        return await client.SendAsync(request);
    }

    private static object Body(string path) => path switch
    {
        _ when path.Contains("/lines") => new { location = "WL-SC3-A-01-01", code = "FH-0002", quantity = 1, clientId = "m" + Guid.NewGuid().ToString("N")[..8] },
        _ when path.Contains("/picks") => new { code = "FH-0002", quantity = 1, clientId = "matrix-" + Guid.NewGuid().ToString("N")[..8] },
        "/api/issues#SC3" => new { depot = "SC3", reason = "InternalUse", clientId = "m" + Guid.NewGuid().ToString("N")[..8], lines = new[] { new { code = "FH-0002", quantity = 1 } } },
        _ => new { },
    };

    private async Task<(HttpClient, string?)> ClientAsync(string caller)
    {
        if (caller == "anonymous")
            return (factory.CreateClient(new() { AllowAutoRedirect = false }), null);
        if (caller == "station")
            return (factory.StationClient(), null);
        var client = await factory.SignedInClientAsync(caller);
        return (client, await client.AntiforgeryTokenAsync("/"));
    }

    /// A planned count of one bin at the depot.
    private async Task<int> CountAtAsync(int depot)
    {
        using var scope = factory.Services.CreateScope();
        var manager = new WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);
        var planned = await scope.ServiceProvider.GetRequiredService<Warehouse.Data.Counting.Steps.CountPlanning>()
            .PlanAsync(new Warehouse.Data.Counting.CountPlan(depot, Warehouse.Domain.Counting.CountScope.LocationRange, "A-01-01", "A-01-01"), manager);
        Assert.True(planned.Succeeded, planned.Error?.Message);
        return planned.Value!.Id;
    }

    /// A planned dispatch at SC3, a depot neither the demo keeper nor the station keeps.
    private async Task<int> DispatchFromSc3Async()
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<Warehouse.Data.WarehouseDbContext>();
        var steps = scope.ServiceProvider;
        var manager = new WorkflowActor("manager", new HashSet<string> { Roles.Manager }, [], null);
        var item = await db.Items.Where(i => i.Code == "FH-0002").Select(i => i.Id).SingleAsync();
        var sc3 = await db.Depots.Where(d => d.Code == "SC3").Select(d => d.Id).SingleAsync();
        var draft = await steps.GetRequiredService<Drafting>().SaveDraftAsync(null, null, new DraftInput("矩阵测试", EmergencyLevel.III, DateTime.UtcNow.AddHours(2),
            DestinationKind.Township, null, "青石乡", null, null, "李明", "138", null, [(item, 1)]), manager, null);
        await steps.GetRequiredService<RequestTriggers>().FireAsync(draft.Value, 1, RequestTrigger.Submit, null, manager);
        var version = await db.AllocationRequests.Where(r => r.Id == draft.Value).Select(r => r.Version).SingleAsync();
        var approved = await steps.GetRequiredService<Approval>().ApproveAsync(draft.Value, version, [new LineDecision(item, 1, [(sc3, 1)])], manager);
        Assert.True(approved.Succeeded, approved.Error?.Message);
        return await db.Dispatches.Where(d => d.RequestId == draft.Value).Select(d => d.Id).SingleAsync();
    }
}
