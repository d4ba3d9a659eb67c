namespace Warehouse.Hardware.EscPos;

/// <summary>Horizontal position of a line on the paper (ESC a n).</summary>
public enum TextAlign
{
    /// <summary>Flush left.</summary>
    Left = 0,

    /// <summary>Centred.</summary>
    Center = 1,

    /// <summary>Flush right.</summary>
    Right = 2,
}
