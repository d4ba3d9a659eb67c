using System.Text.Json;

namespace Warehouse.Web.Features.Admin.Import;

/// What an import job's stage ended with, stored with the job: the refusal of the file, or the counts and the rows the
/// page shows (every refused row, and the first few hundred others), and once written the notes it posted.
public sealed record ImportOutcome(string? FileRefusal, int Added, int Updated, int Unchanged, int Refused,
    IReadOnlyList<ImportRow> Rows, bool CanConfirm, bool Written = false)
{
    /// The rows other than refused ones a page shows; the counts cover them all.
    public const int ShownRows = 500;

    public IReadOnlyList<PostedOpening> Posted { get; init; } = [];

    public static ImportOutcome Of(ImportPlan plan, bool written = false, IReadOnlyList<PostedOpening>? posted = null) =>
        new(plan.FileRefusal, plan.Count(RowAction.Add), plan.Count(RowAction.Update), plan.Count(RowAction.Unchanged),
            plan.Count(RowAction.Refused), Shown(plan), plan.CanConfirm && !written, written) { Posted = posted ?? [] };

    /// A whole file refused before its rows were read.
    public static ImportOutcome RefusedFile(string reason) => new(reason, 0, 0, 0, 0, [], false);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static ImportOutcome? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<ImportOutcome>(json);

    private static List<ImportRow> Shown(ImportPlan plan) =>
        plan.Rows.Where(r => r.Action == RowAction.Refused).Concat(plan.Rows.Where(r => r.Action != RowAction.Refused).Take(ShownRows))
            .ToList();
}
