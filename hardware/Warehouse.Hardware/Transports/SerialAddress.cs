using System.IO.Ports;
using System.Web;

namespace Warehouse.Hardware.Transports;

/// <summary>
/// A serial port URI: <c>serial:///dev/ttyUSB0?baud=19200&amp;handshake=rtscts</c> on Linux,
/// <c>serial://COM3?baud=9600</c> on Windows. Baud defaults to 9600, handshake to none; always 8N1.
/// </summary>
internal sealed record SerialAddress(string PortName, int BaudRate, Handshake Handshake)
{
    public static bool TryParse(Uri uri, out SerialAddress address, out string error)
    {
        address = new SerialAddress("", 9600, Handshake.None);
        var portName = uri.Host.Length > 0 ? uri.Host.ToUpperInvariant() : Uri.UnescapeDataString(uri.AbsolutePath);
        if (portName.Length == 0 || portName == "/")
        {
            error = $"{uri} names no serial port; write serial:///dev/ttyUSB0 or serial://COM3.";
            return false;
        }
        var query = HttpUtility.ParseQueryString(uri.Query);
        var baud = 9600;
        if (query["baud"] is { } baudText && (!int.TryParse(baudText, out baud) || baud is < 300 or > 921600))
        {
            error = $"baud={baudText} is not a baud rate between 300 and 921600.";
            return false;
        }
        Handshake handshake;
        switch (query["handshake"]?.ToLowerInvariant())
        {
            case null or "" or "none":
                handshake = Handshake.None;
                break;
            case "rtscts":
                handshake = Handshake.RequestToSend;
                break;
            case "xonxoff":
                handshake = Handshake.XOnXOff;
                break;
            default:
                error = $"handshake={query["handshake"]} is not one of none, rtscts, xonxoff.";
                return false;
        }
        address = new SerialAddress(portName, baud, handshake);
        error = "";
        return true;
    }

    public SerialPort CreatePort(TimeSpan readTimeout, TimeSpan writeTimeout) =>
        new(PortName, BaudRate, Parity.None, 8, StopBits.One)
        {
            Handshake = Handshake,
            ReadTimeout = (int)readTimeout.TotalMilliseconds,
            WriteTimeout = (int)writeTimeout.TotalMilliseconds,
        };
}
