namespace Warehouse.Hardware.Barcodes;

// The Application Identifier table of the GS1 General Specifications: lengths and character sets.
public static partial class Gs1
{
    private static Dictionary<string, Ai> BuildTable()
    {
        var table = new Dictionary<string, Ai>();
        void N(string code, int min, int max) => table[code] = new Ai(code, min, max, Numeric: true);
        void X(string code, int min, int max) => table[code] = new Ai(code, min, max, Numeric: false);

        N("00", 18, 18); N("01", 14, 14); N("02", 14, 14);
        X("10", 1, 20); N("11", 6, 6); N("12", 6, 6); N("13", 6, 6); N("15", 6, 6); N("16", 6, 6); N("17", 6, 6);
        N("20", 2, 2); X("21", 1, 20); X("22", 1, 20); X("235", 1, 28); X("240", 1, 30); X("241", 1, 30);
        N("242", 1, 6); X("243", 1, 20); X("250", 1, 30); X("251", 1, 30); X("253", 13, 30); X("254", 1, 20);
        N("255", 13, 25); N("30", 1, 8); N("37", 1, 8);
        // Trade and logistic measures 31nn–36nn: four-digit AIs, six digits, the last AI digit places the decimal point.
        for (var family = 31; family <= 36; family++)
        {
            for (var n = 0; n <= 99; n++)
            {
                N($"{family}{n:00}", 6, 6);
            }
        }
        for (var d = 0; d <= 9; d++)
        {
            N($"390{d}", 1, 15); N($"391{d}", 4, 18); N($"392{d}", 1, 15); N($"393{d}", 4, 18);
            N($"394{d}", 4, 4); N($"395{d}", 6, 6); X($"703{d}", 4, 30);
        }
        X("400", 1, 30); X("401", 1, 30); N("402", 17, 17); X("403", 1, 30);
        for (var gln = 410; gln <= 417; gln++)
        {
            N(gln.ToString(), 13, 13);
        }
        X("420", 1, 20); X("421", 4, 12); N("422", 3, 3); N("423", 4, 15); N("424", 3, 3); N("425", 4, 15);
        N("426", 3, 3); X("427", 1, 3);
        N("7001", 13, 13); X("7002", 1, 30); N("7003", 10, 10); N("7004", 1, 4); X("7005", 1, 12);
        N("7006", 6, 6); N("7007", 6, 12); X("7008", 1, 3); X("7009", 1, 10); X("7010", 1, 2);
        X("7020", 1, 20); X("7021", 1, 20); X("7022", 1, 20); X("7023", 1, 30);
        for (var nhrn = 710; nhrn <= 716; nhrn++)
        {
            X(nhrn.ToString(), 1, 20);
        }
        N("8001", 14, 14); X("8002", 1, 20); X("8003", 14, 30); X("8004", 1, 30); N("8005", 6, 6);
        N("8006", 18, 18); X("8007", 1, 34); N("8008", 8, 12); X("8009", 1, 50); X("8010", 1, 30);
        N("8011", 1, 12); X("8012", 1, 20); X("8013", 1, 25); N("8017", 18, 18); N("8018", 18, 18);
        N("8019", 1, 10); X("8020", 1, 25); N("8026", 18, 18); X("8110", 1, 70); N("8111", 4, 4);
        X("8112", 1, 70); X("8200", 1, 70);
        X("90", 1, 30);
        for (var company = 91; company <= 99; company++)
        {
            X(company.ToString(), 1, 90);
        }
        return table;
    }
}
