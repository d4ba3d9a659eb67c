namespace Warehouse.Hardware.EscPos;

internal static class ControlBytes
{
    public const byte Ht = 0x09;
    public const byte Lf = 0x0A;
    public const byte Dle = 0x10;
    public const byte Esc = 0x1B;
    public const byte Fs = 0x1C;
    public const byte Gs = 0x1D;
}
