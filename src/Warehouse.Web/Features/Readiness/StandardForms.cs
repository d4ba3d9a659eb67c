using System.ComponentModel.DataAnnotations;
using Warehouse.Domain.Readiness;

namespace Warehouse.Web.Features.Readiness;

public sealed class StandardForm
{
    /// Empty rows the form offers for new lines.
    public const int BlankLines = 4;

    public int? Id { get; set; }

    /// The record's version when the form was opened; a save with an older one is refused.
    public int Version { get; set; }

    [Required(ErrorMessage = "Enter a code."), MaxLength(30), Display(Name = "Code")]
    public string Code { get; set; } = "";

    [Required(ErrorMessage = "Enter a name."), MaxLength(100), Display(Name = "Name")]
    public string Name { get; set; } = "";

    public List<StandardLineForm> Lines { get; set; } = [];

    /// The form's lines with blank rows to add to.
    public StandardForm WithBlankLines()
    {
        Lines.AddRange(Enumerable.Range(0, BlankLines).Select(_ => new StandardLineForm()));
        return this;
    }
}

/// One line as typed: the item's code, what it is counted per, and the quantity as text (so "1.5" is refused, not rounded).
public sealed class StandardLineForm
{
    [MaxLength(30)]
    public string? ItemCode { get; set; }

    public CoverageBasis Basis { get; set; } = CoverageBasis.PerVillage;

    [MaxLength(20)]
    public string? Quantity { get; set; }

    public bool IsBlank => string.IsNullOrWhiteSpace(ItemCode) && string.IsNullOrWhiteSpace(Quantity);
}

/// A standard on the list page, with its lines.
public sealed record StandardRow(int Id, string Code, string Name, IReadOnlyList<StandardLineRow> Lines);

public sealed record StandardLineRow(string ItemCode, string ItemName, string Unit, CoverageBasis Basis, int Quantity);

public sealed record StandardListPage(IReadOnlyList<StandardRow> Standards, bool CanEdit);
