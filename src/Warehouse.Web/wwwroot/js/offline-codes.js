// Resolves a scanned code from the catalog kept on the device, in the same shape /api/codes answers, for scans made with
// no network: our own codes (WI-, WL-, WB-, WE- or bare), GTINs and GS1 strings with (01) GTIN, (10) lot, (17) expiry, (21) serial.
window.OfflineCodes = (function () {
    const GS = '\u001d';
    const lengths = { '01': 14, '17': 6, '30': null, '10': null, '21': null, '37': null };

    function gtin14(digits) { return digits.padStart(14, '0'); }

    // "(01)…(10)…" or "01…10…<GS>17…": the application identifiers this product reads; null when it is no GS1 string.
    function gs1(text) {
        const fields = {};
        let rest = text.replace(/^\]C1|^\]d2|^\]Q3/, '');
        if (rest.startsWith('(')) {
            const pattern = /\((\d{2})\)([^(]*)/g;
            let match;
            while ((match = pattern.exec(rest)) !== null) fields[match[1]] = match[2];
        } else if (/^01\d{14}/.test(rest)) {
            while (rest.length >= 2) {
                const ai = rest.substring(0, 2);
                if (!(ai in lengths)) return null;
                const fixed = lengths[ai];
                const end = fixed ? 2 + fixed : (rest.indexOf(GS) < 0 ? rest.length : rest.indexOf(GS));
                fields[ai] = rest.substring(2, end);
                rest = rest.substring(end).replace(/^\u001d/, '');
            }
        }
        if (!fields['01'] || !/^\d{14}$/.test(fields['01'])) return null;
        const expiry = /^\d{6}$/.test(fields['17'] || '')
            ? `20${fields['17'].substring(0, 2)}-${fields['17'].substring(2, 4)}-${fields['17'].substring(4, 6)}` : null;
        return { gtin: fields['01'], lot: fields['10'] || null, expiry, serial: fields['21'] || null,
            count: fields['30'] || fields['37'] ? parseInt(fields['30'] || fields['37'], 10) : null };
    }

    function resolve(catalog, raw) {
        const code = raw.trim();
        const upper = code.toUpperCase();
        const item = (c) => catalog.items.find(i => i.code === c);
        const asItem = (found) => found && { kind: 'item', code, item: found };
        const location = (c) => catalog.locations.find(l => l.code === c);
        const asLocation = (found) => found
            && { kind: 'location', code, item: null, location: { code: found.code, depotCode: found.depotCode } };
        const asBatch = (found) => found && { kind: 'batch', code, item: item(found.itemCode), batch: found };
        const asUnit = (found) => found && { kind: 'equipmentUnit', code, item: item(found.itemCode), unit: found };
        const batch = (c) => asBatch(catalog.batches.find(b => b.number === c));
        const unit = (c) => asUnit(catalog.units.find(u => u.assetNumber === c || u.serialNumber === c));

        const own = /^W([ILBE])-(.+)$/.exec(upper);
        if (own) {
            const key = own[2];
            return { I: () => asItem(item(key)), L: () => asLocation(location(key)), B: () => batch(key), E: () => unit(key) }[own[1]]();
        }
        const parsed = gs1(code);
        if (parsed) {
            const found = catalog.items.find(i => i.gtin === parsed.gtin);
            if (!found) return null;
            const scanned = { lot: parsed.lot, expiry: parsed.expiry, serial: parsed.serial, count: parsed.count };
            const held = parsed.serial
                && catalog.units.find(u => u.itemCode === found.code && u.serialNumber === parsed.serial.toUpperCase());
            if (held) return { ...asUnit(held), scanned };
            const lot = parsed.lot && catalog.batches.find(b => b.itemCode === found.code && b.lot === parsed.lot);
            if (lot) return { ...asBatch(lot), scanned };
            return { ...asItem(found), scanned };
        }
        if (/^(\d{8}|\d{12,14})$/.test(code)) return asItem(catalog.items.find(i => i.gtin === gtin14(code)));
        return asItem(item(upper)) || asLocation(location(upper)) || batch(upper) || unit(upper) || null;
    }

    return { resolve };
})();
