namespace Warehouse.Domain.Common;

/// Refusals of a workbook import: of the file as a whole, or of one row, named by sheet and row in the preview.
public static partial class Errors
{
    public static DomainError NotAWorkbook() =>
        new("NotAWorkbook",
            "This file is neither an Excel workbook (.xlsx) nor a CSV file with the template's headings on its first line.");

    public static DomainError ImportSheetMissing() =>
        new("ImportSheetMissing", "The workbook has none of the template's sheets: download the template and fill it in.");

    public static DomainError ImportColumnMissing(string column) =>
        new("ImportColumnMissing", $"Column \"{column}\" is missing from this sheet.", column);

    public static DomainError ImportDuplicateCode(string code, string firstRow) =>
        new("ImportDuplicateCode", $"Code {code} is already on row {firstRow} of this sheet.", code, firstRow);

    public static DomainError ImportFormula(string column) =>
        new("ImportFormula", $"Column \"{column}\" holds a formula: enter the value itself.", column);

    public static DomainError ImportNotANumber(string column, string value) =>
        new("ImportNotANumber", $"Column \"{column}\" needs a number, not \"{value}\".", column, value);

    public static DomainError ImportUnknownValue(string column, string value) =>
        new("ImportUnknownValue", $"\"{value}\" is not one of the values column \"{column}\" allows.", column, value);

    public static DomainError ImportUnknownDepartment(string code) =>
        new("ImportUnknownDepartment", $"There is no department {code}, in the database or in this workbook.", code);

    public static DomainError ImportHasRefusals() =>
        new("ImportHasRefusals", "Some rows are refused: correct them in the workbook and upload it again. Nothing was written.");

    public static DomainError ImportExpired() =>
        new("ImportExpired", "This preview is no longer available: upload the workbook again.") { Kind = ErrorKind.NotFound };

    public static DomainError ImportTrackingChanged(string code) =>
        new("ImportTrackingChanged", $"Item {code} exists with another tracking mode; tracking cannot be changed by an import.", code);

    public static DomainError ImportUnknownDepot(string code) =>
        new("ImportUnknownDepot", $"There is no depot {code}, in the database or in this workbook.", code);

    public static DomainError ImportUnknownItem(string code) =>
        new("ImportUnknownItem", $"There is no item {code}, in the database or in this workbook.", code);

    public static DomainError ImportTooManyRows(string limit) =>
        new("ImportTooManyRows", $"A sheet holds more than {limit} rows: split the workbook and import it in parts.", limit);
}
