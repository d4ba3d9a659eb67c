namespace Warehouse.Hardware.EscPos;

/// <summary>
/// A column of <see cref="EscPosBuilder.Table"/>. <paramref name="Width"/> is in printer columns;
/// 0 means "whatever is left of the line" (at most one such column).
/// </summary>
/// <param name="Header">Heading printed above the rows; leave all headings empty for no heading line.</param>
/// <param name="Width">Columns the cell text may use; longer text wraps inside the cell.</param>
/// <param name="Align">Position of the text inside the cell.</param>
public sealed record TableColumn(string Header, int Width, TextAlign Align = TextAlign.Left);
