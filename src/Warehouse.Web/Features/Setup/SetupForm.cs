using System.ComponentModel.DataAnnotations;

namespace Warehouse.Web.Features.Setup;

/// The first-run set-up page's form; the token is the one from the set-up link.
public sealed class SetupForm
{
    [Required, MaxLength(100)]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Enter your user name."), MaxLength(100), Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [MaxLength(100), Display(Name = "Display name")]
    public string? DisplayName { get; set; }

    [Required(ErrorMessage = "Enter a new password."), MaxLength(200), DataType(DataType.Password), Display(Name = "Password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two new passwords differ."), DataType(DataType.Password)]
    [Display(Name = "New password again")]
    public string Confirm { get; set; } = "";

    [Required(ErrorMessage = "Enter the bureau's name."), MaxLength(100), Display(Name = "Bureau name")]
    public string BureauName { get; set; } = "";

    [Required, MaxLength(64), Display(Name = "Time zone")]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// The zones this server knows, for the time-zone list; the bureau's usual zone comes first.
    public IReadOnlyList<string> Zones { get; set; } = [];

    public FirstRun ToFirstRun() => new(UserName, DisplayName ?? "", Password, BureauName, TimeZone);
}
