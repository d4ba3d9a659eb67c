using Microsoft.Extensions.Localization;

namespace Warehouse.Web.Features.Admin.Import;

/// The import page's model: the plan of an upload, the id to confirm it with, and whether it was written.
public sealed record ImportPage(string? UploadId, string FileName, ImportPlan Plan, bool Written = false)
{
    /// The opening-balance notes the confirmation posted, one per depot.
    public IReadOnlyList<PostedOpening> Posted { get; init; } = [];

    /// New users' set-password links: on this page only, never stored, never shown again.
    public IReadOnlyList<SetPasswordInvitation> Invitations { get; init; } = [];

    public bool CanConfirm => UploadId is not null && !Written && Plan.CanConfirm;
}

/// What the import pages ask for: a preview of an upload (kept for its confirmation), and the confirmation itself.
public sealed class ImportPages(ImportPreview preview, ImportApply apply, PendingUploads uploads,
    IStringLocalizer<SharedResource> localizer)
{
    public async Task<ImportPage> PreviewAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
            return Refused("", localizer["Choose a workbook to upload."]);
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var plan = await preview.ReadAsync(content, cancellationToken);
        var id = plan.CanConfirm ? await uploads.KeepAsync(content, cancellationToken) : null;
        return new ImportPage(id, Path.GetFileName(file.FileName), plan);
    }

    public async Task<ImportPage> ConfirmAsync(string? id, string? fileName, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName ?? "");
        if (await uploads.ReadAsync(id, cancellationToken) is not { } content)
            return Refused(name, Domain.Common.Errors.ImportExpired());
        try
        {
            var result = await apply.ApplyAsync(content, name, cancellationToken);
            if (result.Plan.CanConfirm)
                uploads.Forget(id!);
            return new ImportPage(null, name, result.Plan, Written: result.Plan.CanConfirm)
                { Posted = result.Posted, Invitations = result.Invitations };
        }
        catch (Domain.Common.DomainException refused)
        {
            // A posting refused inside the transaction: it was rolled back, nothing is written.
            return Refused(name, refused.Error);
        }
    }

    private ImportPage Refused(string fileName, Domain.Common.DomainError error) =>
        Refused(fileName, Infrastructure.ApiProblems.Localize(error, localizer));

    private static ImportPage Refused(string fileName, string reason) =>
        new(null, fileName, new ImportPlan { FileRefusal = reason });
}
