using System.Text.Json.Nodes;

namespace Warehouse.Web.Features.Api.Documentation;

/// What each API action may refuse, and the examples a station's programmer reads first. Keyed by "Controller.Action".
/// A code names a factory of the Errors catalogue (whose kind decides the status) or one of the pipeline's own codes.
/// Every action also may answer 401 (no cookie, no station key) and 403 (role), which the transformer adds.
public static class ApiProblemCatalogue
{
    /// The pipeline's refusals that are no domain error: a body the binder cannot read, a caller it does not know.
    public static readonly IReadOnlyDictionary<string, int> PipelineCodes = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["MalformedBody"] = StatusCodes.Status400BadRequest,
        ["unauthorized"] = StatusCodes.Status401Unauthorized,
    };

    private static readonly string[] PostingCodes =
    [
        "MalformedBody", "BodyTooLarge", "NoLines", "TooManyLines", "ClientIdInvalid", "ReasonNotAllowed", "SerialRequired",
        "BatchExpired", "ExpiryMismatch", "DepotNotYours", "UnknownDepot", "UnknownCode", "NotEnoughStock", "IdempotencyKeyReused",
        "ConcurrentChange", "UnitAlreadyInStock", "UnitNotInStock", "CodeIsNotItem", "UnitOfOtherItem", "BatchOfOtherItem",
        "LocationOfOtherDepot", "AmbiguousGs1",
    ];

    private static readonly string[] CountStepCodes = ["UnknownCount", "CountStepNotNow", "ConcurrentChange"];

    private static readonly Dictionary<string, string[]> Codes = new(StringComparer.Ordinal)
    {
        ["Codes.Get"] = ["UnknownCode", "AmbiguousGs1"],
        ["CodesApi.Decode"] = ["PhotoNotAnImage", "PhotoTooLarge", "NoCodeInPhoto", "UnknownCode", "AmbiguousGs1"],
        ["Postings.Receive"] = PostingCodes,
        ["Postings.Issue"] = PostingCodes,
        ["StockApi.Get"] = [],
        ["OfflineApi.Catalog"] = [],
        ["PicksApi.Pick"] =
        [
            "MalformedBody", "BodyTooLarge", "ClientIdInvalid", "BatchExpired", "DepotNotYours", "UnknownCode",
            "UnknownDispatch", "DispatchClosedForPicking", "NotEnoughStock", "NothingAtDepot", "UnitAlreadyPicked",
            "IdempotencyKeyReused", "ConcurrentChange", "CodeIsNotItem", "LocationOfOtherDepot", "AmbiguousGs1",
            "UnitOverdue", "UnitUnderRepair", "ReadinessOverrideByManager",
        ],
        ["DeliveriesApi.Confirm"] =
        [
            "MalformedBody", "UnknownDeliveryCode", "AlreadyDelivered", "NotDispatched", "DepotNotYours", "Forbidden",
            "TextHasControlCharacters", "ConcurrentChange", "SignatureMissing", "SignerNameMissing", "SignatureTooLarge",
            "SignatureNotPng", "SignaturePositionInvalid", "AlreadySigned",
        ],
        ["AuditVerifyApi.Verify"] = [],
        ["AuditVerifyApi.Start"] = [],
        ["CountsApi.Plan"] = ["MalformedBody", "UnknownDepot", "DepotNotYours", "CountScopeEmpty", "CycleSizeInvalid"],
        ["CountsApi.Line"] =
        [
            "MalformedBody", "ClientIdInvalid", "UnknownCount", "UnknownCode", "CountNotCounting", "CountLocationFirst",
            "LocationOutsideCount", "ItemOutsideCount", "CountQuantityNegative", "UnitAtOtherDepot", "NotACounter",
            "CountLocationNotForRecount", "RecountBySameKeeper", "IdempotencyKeyReused", "ConcurrentChange", "AmbiguousGs1",
        ],
        ["CountsApi.Submit"] = CountStepCodes,
        ["CountsApi.Get"] = ["UnknownCount"],
        ["CountsApi.Approve"] = [.. CountStepCodes, "CounterCannotApprove"],
        ["ReadinessApi.Get"] = [],
        ["RequestsApi.List"] = ["UnknownRequestState"],
        ["RequestsApi.Get"] = ["UnknownRequestNumber"],
        ["RequestsApi.Raise"] =
        [
            "MalformedBody", "ClientIdInvalid", "UnknownLevel", "NoLines", "TooManyLines", "QuantityNotPositive", "QuantityTooLarge",
            "TextTooLong", "TextHasControlCharacters", "Required", "UnknownCode", "CodeIsNotItem", "AmbiguousGs1", "DuplicateItem",
            "DestinationRequired", "UnknownDestinationKind", "UnknownPlace", "UnknownDepot", "LatitudeOutOfRange", "LongitudeOutOfRange",
            "IdempotencyKeyReused", "ConcurrentChange", "Forbidden",
        ],
        ["MaintenanceApi.Due"] = ["UnknownDepot", "DepotNotYours"],
        ["ReserveSummaryApi.Get"] = ["ReportPeriodRequired", "ReportPeriodReversed", "ReportPeriodTooLong", "ReportTotalsCatchingUp"],
        ["Agent.Hello"] = ["MalformedBody", "AgentPrintersRequired", "AgentPrinterNameInvalid"],
        ["Agent.Status"] = ["MalformedBody"],
        ["Agent.Next"] = [],
        ["Agent.Printed"] = ["MalformedBody", "AgentLeaseLost"],
        ["Agent.Failed"] = ["MalformedBody", "AgentLeaseLost"],
        ["Agent.Scan"] = ["MalformedBody", "AgentScanInvalid"],
    };

    /// The problem codes documented for an action; empty when it refuses nothing but who the caller is.
    public static IReadOnlyList<string> For(string action) => Codes.TryGetValue(action, out var codes) ? codes : [];

    /// The actions the catalogue speaks of, so a test can hold it to the API's actual actions.
    public static IEnumerable<string> Actions => Codes.Keys;

    /// A request body as a station sends it, or null when the action takes none.
    public static JsonNode? RequestExample(string action) => action switch
    {
        "Postings.Receive" => Posting("Donation", "FH-0001", batch: "B2026-07"),
        "Postings.Issue" => Posting("InternalUse", "FH-0002", batch: null),
        "Agent.Hello" => new JsonObject
        {
            ["printers"] = new JsonArray(new JsonObject { ["name"] = "receipt", ["status"] = "Online" }), ["scanner"] = true,
        },
        "PicksApi.Pick" => new JsonObject
        {
            ["code"] = "FH-0002", ["quantity"] = 2, ["location"] = "CR-A-01-01", ["clientId"] = "pick-7f3a9c01",
        },
        "RequestsApi.Raise" => new JsonObject
        {
            ["clientId"] = "cmd-20260714-0042", ["emergencyLevel"] = "II", ["incident"] = "澜江大堤管涌抢险",
            ["destination"] = new JsonObject { ["kind"] = "Place", ["place"] = "BSZ-01" },
            ["neededBy"] = "2026-07-14T12:30:00+08:00", ["contactName"] = "王强", ["contactPhone"] = "13800000000",
            ["lines"] = new JsonArray(new JsonObject { ["item"] = "FH-0001", ["quantity"] = 50 },
                new JsonObject { ["item"] = "06904213002179", ["quantity"] = 20 }),
            ["note"] = "指挥部统一调度", ["submit"] = true,
        },
        "DeliveriesApi.Confirm" => new JsonObject
        {
            ["code"] = "DP20260714-0003.K7Q2M9XA4P", ["confirmedAt"] = "2026-07-14T10:42:00+08:00", ["clientId"] = "deliver-5c21e7d0",
        },
        _ => null,
    };

    /// A successful answer, or null when the schema says enough.
    public static JsonNode? ResponseExample(string action) => action switch
    {
        "Codes.Get" => new JsonObject
        {
            ["kind"] = "item", ["code"] = "FH-0001",
            ["item"] = new JsonObject { ["code"] = "FH-0001", ["name"] = "折叠床", ["unit"] = "张" },
        },
        "AuditVerifyApi.Verify" => new JsonObject
        {
            ["intact"] = true, ["through"] = 1842, ["checkedAt"] = "2026-06-01T02:00:00Z", ["running"] = false,
        },
        _ => null,
    };

    /// The body of a refusal, as every API action answers one.
    public static JsonNode ProblemExample(int status, string code) => new JsonObject
    {
        ["type"] = $"urn:warehouse:problem:{code}", ["title"] = code, ["status"] = status,
        ["detail"] = "A sentence in the caller's language (Accept-Language: zh-CN or en).", ["code"] = code,
    };

    private static JsonObject Posting(string reason, string code, string? batch) => new()
    {
        ["depot"] = "CR", ["reason"] = reason, ["clientId"] = "desk1-20260714-0001", ["note"] = "汛前补库",
        ["lines"] = new JsonArray(new JsonObject { ["code"] = code, ["quantity"] = 10, ["batch"] = batch }),
    };
}
