namespace Warehouse.Hardware.EscPos;

/// <summary>A print job rendered as readable text, one entry per printed line.</summary>
/// <param name="Lines">Printed lines: text (aligned with spaces), or a marker such as "[CODE128 data]", "[QR data]", "[IMAGE 384×120]", "[CUT]".</param>
public sealed record DecodedReceipt(IReadOnlyList<string> Lines)
{
    /// <summary>The lines joined with '\n', ending with a newline (empty for an empty job).</summary>
    public string Text => Lines.Count == 0 ? "" : string.Join('\n', Lines) + "\n";
}
