using System.ComponentModel.DataAnnotations;
using Warehouse.Domain.Catalog;
using Warehouse.Web.Features.Shared;

namespace Warehouse.Web.Features.Admin.Users;

/// The user list's filter: a piece of the name, a role, disabled or not, and the page.
public sealed class UserFilter
{
    public string? Q { get; init; }
    public string? Role { get; init; }
    public bool? Disabled { get; init; }
    public int Page { get; init; } = 1;
    public const int Size = 25;
}

/// Who a user is and what they may do; shared by the create and edit forms.
public class UserDetailsForm
{
    [Required(ErrorMessage = "Enter a display name."), MaxLength(100), Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    public List<string> Roles { get; set; } = [];

    /// The depots a keeper keeps.
    public List<int> DepotIds { get; set; } = [];

    /// The department a requester speaks for.
    public int? DepartmentId { get; set; }

    [Required(ErrorMessage = "Say why."), MaxLength(500), Display(Name = "Reason")]
    public string Reason { get; set; } = "";
}

public sealed class NewUserForm : UserDetailsForm
{
    [Required(ErrorMessage = "Enter a user name."), MaxLength(100), Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter an initial password."), MaxLength(200), DataType(DataType.Password), Display(Name = "Initial password")]
    public string Password { get; set; } = "";
}

public sealed class EditUserForm : UserDetailsForm
{
    public string Id { get; set; } = "";
    public string UserName { get; set; } = "";
    public bool Disabled { get; set; }
    public bool LockedOut { get; set; }
}

public sealed record UserRow(string Id, string UserName, string DisplayName, IReadOnlyList<string> Roles, bool Disabled, bool LockedOut,
    bool MustChangePassword, bool TwoFactorEnabled);

public sealed record UserChoices(IReadOnlyList<Depot> Depots, IReadOnlyList<Department> Departments);

public sealed record UsersPage(IReadOnlyList<UserRow> Rows, UserFilter Filter, PagerModel Pager);

public sealed record UserFormPage<TForm>(TForm Form, UserChoices Choices);

/// What an administrator's change came to: not found, refused with messages, or done.
public sealed record UserChange(bool Found, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Found && Errors.Count == 0;
    public static readonly UserChange Done = new(true, []);
    public static readonly UserChange NotFound = new(false, []);
    public static UserChange Refused(params string[] errors) => new(true, errors);
}
