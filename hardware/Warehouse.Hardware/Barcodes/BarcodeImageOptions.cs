namespace Warehouse.Hardware.Barcodes;

/// <summary>Size and caption of a rendered barcode image.</summary>
public sealed record BarcodeImageOptions
{
    /// <summary>Pixels per module (PNG) or user units per module (SVG); default 3 for Code 128, 8 for QR.</summary>
    public int? ModuleSize { get; init; }

    /// <summary>Height of the Code 128 bars in modules (default 50).</summary>
    public int BarHeight { get; init; } = 50;

    /// <summary>Whether to print human-readable text under the symbol (default yes).</summary>
    public bool ShowText { get; init; } = true;

    /// <summary>
    /// Text under the symbol instead of the default (Code 128: its human-readable form; QR: the data).
    /// PNG text uses a built-in ASCII font, so other characters appear as '?'; SVG text is any Unicode.
    /// </summary>
    public string? Text { get; init; }
}
