using System.Globalization;
using Microsoft.Extensions.Localization;
using Warehouse.Domain.Common;
using Warehouse.Web.Infrastructure;

namespace Warehouse.Web.Features.Admin.Import;

/// Reads one row's cells into typed values; the first thing wrong with the row becomes its reason, in the user's language.
public sealed class RowReader(SheetRow row, ImportKind kind, IStringLocalizer<SharedResource> localizer, BothLanguages languages)
{
    public string? Reason { get; private set; }

    public string Text(string key)
    {
        var column = kind.Columns.First(c => c.Key == key);
        if (row.Cells.TryGetValue(key, out var cell) && cell.IsFormula)
            return Fail(Errors.ImportFormula(Heading(key)), "");
        var text = row.Text(key);
        return column.Required && text.Length == 0 ? Fail(Errors.Required(Heading(key)), "") : text;
    }

    public string? Optional(string key) => Text(key) is { Length: > 0 } text ? text : null;

    public int? Whole(string key) => Optional(key) is { } text
        ? int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : Fail<int?>(NotANumber(key, text), null)
        : null;

    public double Number(string key) => Optional(key) is { } text
        ? double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : Fail(NotANumber(key, text), 0d)
        : 0d;

    public decimal Money(string key) => Optional(key) is { } text
        ? decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) ? value : Fail(NotANumber(key, text), 0m)
        : 0m;

    /// A count of units: a whole number above zero and within what one line may plausibly hold.
    public int Quantity(string key)
    {
        var text = Text(key);
        if (text.Length == 0)
            return 0;
        if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            return Fail(NotANumber(key, text), 0);
        if (value != decimal.Truncate(value))
            return Fail(Errors.ImportQuantityFractional(Heading(key), text), 0);
        var whole = value > int.MaxValue ? int.MaxValue : value < int.MinValue ? int.MinValue : (int)value;
        return Domain.Stock.StockRules.CheckQuantity(whole) is { } refused ? Fail(refused, 0) : whole;
    }

    /// A day, from a date cell or typed as 2027-06-30 (or 2027/6/30, 20270630).
    public DateOnly? Date(string key)
    {
        if (row.Cells.TryGetValue(key, out var cell) && cell.Value is DateTime stamp && !cell.IsFormula)
            return DateOnly.FromDateTime(stamp);
        return Optional(key) is { } text
            ? DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                ? day
                : Fail<DateOnly?>(Errors.ImportNotADate(Heading(key), text), null)
            : null;
    }

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd"];

    /// One of an enum's values, typed as the product shows it (`{prefix}.{Value}` in either language) or as its own name.
    public T Choice<T>(string key, string prefix) where T : struct, Enum
    {
        var text = Text(key);
        if (text.Length == 0)
            return default;
        foreach (var value in Enum.GetValues<T>())
        {
            if (languages.Names($"{prefix}.{value}", text))
                return value;
        }
        return Fail(Errors.ImportUnknownValue(Heading(key), text), default(T));
    }

    public bool YesNo(string key)
    {
        var text = Optional(key);
        if (text is null || languages.Names("No", text) || text is "0" or "false" or "FALSE")
            return false;
        return languages.Names("Yes", text) || text is "1" or "true" or "TRUE"
            || Fail(Errors.ImportUnknownValue(Heading(key), text), false);
    }

    /// Records a domain rule's refusal (a bad GTIN, a code with spaces…) as the row's reason.
    public void Refuse(DomainError error) => Fail(error, 0);

    private string Heading(string key) => localizer[kind.HeadingKey(kind.Columns.First(c => c.Key == key))];

    private DomainError NotANumber(string key, string text) => Errors.ImportNotANumber(Heading(key), text);

    private T Fail<T>(DomainError error, T fallback)
    {
        Reason ??= ApiProblems.Localize(error, localizer);
        return fallback;
    }
}
