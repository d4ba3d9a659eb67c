namespace Warehouse.Hardware.EscPos;

/// <summary>How text is turned into printer bytes.</summary>
public enum PrinterEncoding
{
    /// <summary>
    /// Chinese printers: the receipt starts with FS &amp; (Chinese character mode) and text is sent in GB18030.
    /// Every non-ASCII character is a double-byte glyph and takes two columns.
    /// </summary>
    Gb18030,

    /// <summary>
    /// Printers without a Chinese font: only ASCII is sent. Fullwidth forms, accented letters and common
    /// punctuation are transliterated (“全角”Ａ → "A", é → e, — → -, ¥ → Y); anything else,
    /// including every Chinese character, becomes '?'.
    /// </summary>
    Ascii,
}
