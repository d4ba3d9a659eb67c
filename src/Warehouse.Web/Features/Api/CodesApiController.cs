using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Api;

/// What a photo of a code says: the text as a scanner would have sent it, and what it stands for.
public sealed record PhotoScan(string Text, CodeInfo Code);

/// Reads codes from phone photos where the live camera cannot run (browsers allow it only on HTTPS or localhost).
[Route("api/codes")]
public sealed class CodesApiController(CodePhotoReader reader, CodeLookup lookup, IStringLocalizer<SharedResource> localizer)
    : WarehouseApiController(localizer)
{
    /// A JPEG or PNG of at most 10 MB in the form field "photo"; the code found goes through the scan look-up.
    [HttpPost("decode")]
    [RequestSizeLimit(CodePhotoReader.MaxBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = CodePhotoReader.MaxBytes + 1024 * 1024)]
    public async Task<ActionResult<PhotoScan>> Decode(CancellationToken cancellationToken)
    {
        // Read by hand rather than bound: any other body is answered with a problem, not a bare 415.
        var photo = Request.HasFormContentType ? (await Request.ReadFormAsync(cancellationToken)).Files["photo"] : null;
        if (photo is null)
            return ApiProblems.From(Errors.PhotoNotAnImage(), Localizer);
        await using var stream = photo.OpenReadStream();
        var read = reader.Read(stream, photo.Length);
        if (!read.Succeeded)
            return ApiProblems.From(read.Error!, Localizer);
        return new PhotoScan(read.Value!, await lookup.ResolveAsync(read.Value!, cancellationToken));
    }
}
