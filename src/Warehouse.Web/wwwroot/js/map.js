// The emergency map (应急一张图): reads its points from the page's data URL, draws them with the bundled Leaflet — on the
// configured intranet tiles, or without any on a plain grid of degrees with a scale bar, so it works with no network —
// ticks the dispatches' countdowns each second and reads the points again every minute.
(function () {
    'use strict';
    var element = document.getElementById('wh-map');
    if (!element || !window.L) return;
    var labels = JSON.parse(element.dataset.labels || '{}');
    var tileUrl = element.dataset.tileUrl;
    var map = L.map(element, { zoomSnap: 0.25, attributionControl: !!tileUrl });
    if (tileUrl) L.tileLayer(tileUrl, { maxZoom: 18 }).addTo(map);
    L.control.scale({ imperial: false }).addTo(map);
    var grid = L.layerGroup().addTo(map);
    var points = L.layerGroup().addTo(map);
    var skew = 0; // server time minus browser time, so countdowns follow the server's clock
    var fitted = false;

    function text(value) {
        var span = document.createElement('span');
        span.textContent = value == null ? '' : String(value);
        return span.innerHTML;
    }
    function label(key, fallback) { return labels[key] || fallback || key; }
    function format(template, value) { return label(template).replace('{0}', value); }
    function local(iso) { return new Date(iso).toLocaleString(document.documentElement.lang || undefined); }

    function drawGrid(bounds) {
        grid.clearLayers();
        if (tileUrl || !bounds.isValid()) return;
        var south = Math.floor(bounds.getSouth()) - 1, north = Math.ceil(bounds.getNorth()) + 1;
        var west = Math.floor(bounds.getWest()) - 1, east = Math.ceil(bounds.getEast()) + 1;
        var span = Math.max(bounds.getNorth() - bounds.getSouth(), bounds.getEast() - bounds.getWest());
        // A step that gives a handful of lines across the points: a tenth of a degree for a county, whole ones for a province.
        var step = [0.1, 0.2, 0.5, 1, 2].filter(function (s) { return span / s <= 8; })[0] || 5;
        var style = { color: '#9aa5b1', weight: 1, opacity: 0.5, interactive: false, dashArray: '2 4' };
        for (var lat = south; lat <= north; lat += step) grid.addLayer(L.polyline([[lat, west], [lat, east]], style));
        for (var lon = west; lon <= east; lon += step) grid.addLayer(L.polyline([[south, lon], [north, lon]], style));
    }

    function dot(lat, lon, css, radius, popup) {
        var marker = L.circleMarker([lat, lon], { radius: radius, className: 'wh-map-point ' + css, weight: 2, fillOpacity: 0.85 });
        marker.bindPopup(popup);
        points.addLayer(marker);
        return marker;
    }

    function fillText(fill) {
        if (!fill) return text(label('noStandard'));
        return '<span data-fill-rate>' + text(label('fill')) + ': ' + Math.round(fill.rate * 100) + '%</span> ('
            + fill.held + ' / ' + fill.required + ')';
    }

    function clock(ms) {
        var seconds = Math.floor(Math.abs(ms) / 1000);
        var m = Math.floor(seconds / 60), s = seconds % 60;
        return (m < 10 ? '0' : '') + m + ':' + (s < 10 ? '0' : '') + s;
    }

    function tick() {
        var now = Date.now() + skew;
        // Markers join the map only once it has a view, so the countdowns are found in the page at each tick.
        element.querySelectorAll('.wh-map-countdown[data-due]').forEach(function (span) {
            var left = new Date(span.dataset.due).getTime() - now;
            var late = left < 0;
            span.textContent = late ? format('overdue', clock(left)) : format('left', clock(left));
            span.classList.toggle('wh-map-overdue', late);
        });
    }

    function draw(data) {
        points.clearLayers();
        skew = new Date(data.now).getTime() - Date.now();
        var all = [];
        data.places.forEach(function (p) {
            all.push([p.lat, p.lon]);
            // Coloured by the standard fill rate (the readiness page's bands); a township is the larger dot.
            var band = p.fill ? p.fill.band : 'none';
            dot(p.lat, p.lon, (p.township ? 'wh-map-township' : 'wh-map-village') + ' wh-map-fill-' + band, p.township ? 7 : 5,
                '<b>' + text(p.name) + '</b><br>' + text(label(p.township ? 'township' : 'village')) + '<br>' + fillText(p.fill));
        });
        data.requests.forEach(function (r) {
            all.push([r.lat, r.lon]);
            dot(r.lat, r.lon, 'wh-map-request', 8, '<b>' + text(r.number) + '</b> ' + text(label('Level.' + r.level)) + '<br>'
                + text(r.incident) + '<br>' + text(label('to')) + ': ' + text(r.destination) + '<br>'
                + text(label('State.' + r.state)) + '<br>' + text(label('neededBy')) + ': ' + text(local(r.neededBy)));
        });
        data.depots.forEach(function (d) {
            all.push([d.lat, d.lon]);
            dot(d.lat, d.lon, 'wh-map-depot', 9, '<b>' + text(d.name) + '</b><br>' + text(label('depot')) + ' ' + text(d.code));
        });
        data.dispatches.forEach(drawDispatch);
        var bounds = L.latLngBounds(all);
        if (!fitted) {
            if (bounds.isValid()) map.fitBounds(bounds.pad(0.15), { maxZoom: 12 });
            else map.setView([30, 114], 6);
            fitted = true;
        }
        drawGrid(bounds.isValid() ? bounds : map.getBounds());
        tick();
    }

    function drawDispatch(d) {
        var at = d.toLat != null ? [d.toLat, d.toLon] : [d.fromLat, d.fromLon];
        if (d.toLat != null) {
            points.addLayer(L.polyline([[d.fromLat, d.fromLon], at],
                { className: 'wh-map-route', weight: 3, dashArray: '6 6', interactive: false }));
        }
        var html = '<span class="wh-map-countdown" data-testid="map-countdown" data-dispatch="' + text(d.number) + '"'
            + (d.dueAt ? ' data-due="' + text(d.dueAt) + '"' : '') + '>' + (d.dueAt ? '' : text(d.number)) + '</span>';
        var icon = L.divIcon({ className: 'wh-map-dispatch', html: html, iconSize: null });
        var marker = L.marker(at, { icon: icon, keyboard: false });
        marker.bindPopup('<b>' + text(d.number) + '</b> (' + text(d.request) + ')<br>' + text(label('from')) + ': ' + text(d.source)
            + '<br>' + text(label('to')) + ': ' + text(d.destination) + '<br>' + text(label('vehicle')) + ': ' + text(d.vehicle || '—')
            + (d.dueAt ? '<br>' + text(label('due')) + ': ' + text(local(d.dueAt)) : ''));
        points.addLayer(marker);
    }

    function load() {
        fetch(element.dataset.mapData, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
            .then(function (response) { return response.ok ? response.json() : Promise.reject(response.status); })
            .then(function (data) { draw(data); element.dataset.loaded = 'true'; })
            .catch(function () { element.dataset.loaded = 'failed'; });
    }

    load();
    setInterval(tick, 1000);
    setInterval(load, 60000);
})();
