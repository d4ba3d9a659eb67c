using Warehouse.Domain.Catalog;
using Warehouse.Domain.Common;
using Warehouse.Domain.Constants;

namespace Warehouse.Web.Features.Admin.Import;

/// A person as a valid users row gives them: roles by their names, depots and department by their codes. No password:
/// a new user sets their own through a one-time link.
public sealed record UserDraft(int Row, string UserName, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<string> Depots,
    string? DepartmentCode);

/// Reads the users sheet's rows: a user name Identity accepts, a display name, one or more roles named in either language
/// (or as the role's own name), depot codes separated by commas.
public sealed class UserSheets(BothLanguages languages)
{
    private const int MaxUserName = 50;
    private static readonly char[] Separators = [',', '，', '、', ';', '；', ' '];
    private static readonly string NameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";

    public UserDraft? User(SheetRow row, RowReader read)
    {
        var (name, display) = (read.Text("UserName"), read.Text("DisplayName"));
        var (roleText, depotText, department) = (read.Text("Roles"), read.Optional("Depots"), read.Optional("Department"));
        if (read.Reason is not null)
            return null;
        if (name.Length > MaxUserName || name.Any(c => !NameCharacters.Contains(c)))
        {
            read.Refuse(Errors.ImportUserNameInvalid(name));
            return null;
        }
        var roles = new List<string>();
        foreach (var text in Split(roleText))
        {
            if (Roles.All.FirstOrDefault(r => languages.Names($"Role.{r}", text)) is not { } role)
            {
                read.Refuse(Errors.ImportUnknownRole(text));
                return null;
            }
            roles.Add(role);
        }
        return CatalogSheets.Checked(read, () => new UserDraft(row.Number, name, CatalogText.Required(display, "DisplayName", 100),
            roles.Distinct().ToList(), Split(depotText).Select(d => CatalogCodes.Normalize(d, "Depot")).Distinct().ToList(),
            department is null ? null : CatalogCodes.Normalize(department, "Department")));
    }

    private static string[] Split(string? text) =>
        (text ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
