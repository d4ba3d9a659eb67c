namespace Warehouse.Hardware.Barcodes;

/// <summary>QR code error correction level: how much of the symbol may be damaged and still read.</summary>
public enum QrErrorCorrection
{
    /// <summary>About 7 % recoverable.</summary>
    L,

    /// <summary>About 15 % recoverable; the usual choice for receipts and labels.</summary>
    M,

    /// <summary>About 25 % recoverable.</summary>
    Q,

    /// <summary>About 30 % recoverable.</summary>
    H,
}
