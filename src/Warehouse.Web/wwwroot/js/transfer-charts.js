// Draws the transfer-time report's charts with the vendored ECharts, from the data and the words the page puts in each
// chart's data-chart-data attribute (no inline script under the page's Content-Security-Policy).
(function () {
    'use strict';
    if (typeof echarts === 'undefined') {
        return;
    }

    // The bars sit on a category axis; a hidden value axis over the same width (one unit per bar) puts the target's
    // line on the edge between two bars, where a category axis could only put it on a bar's middle.
    function histogram(data) {
        return {
            animation: false,
            grid: { left: 48, right: 16, top: 32, bottom: 48 },
            tooltip: { trigger: 'axis' },
            xAxis: [
                { type: 'category', data: data.labels, name: data.xName, nameLocation: 'middle', nameGap: 30 },
                { type: 'value', min: 0, max: data.labels.length, show: false }
            ],
            yAxis: { type: 'value', name: data.yName, minInterval: 1 },
            series: [{
                type: 'bar',
                name: data.yName,
                data: data.counts.map(function (count, i) {
                    return { value: count, itemStyle: { color: data.over[i] ? '#c0392b' : '#2e7d32' } };
                })
            }, {
                type: 'line',
                xAxisIndex: 1,
                data: [],
                markLine: {
                    symbol: 'none',
                    silent: true,
                    lineStyle: { color: '#c0392b', type: 'dashed', width: 2 },
                    label: { formatter: data.targetName, position: 'end' },
                    data: [{ xAxis: data.target }]
                }
            }]
        };
    }

    function weekly(data) {
        return {
            animation: false,
            grid: { left: 48, right: 48, top: 48, bottom: 32 },
            tooltip: { trigger: 'axis' },
            legend: { top: 0, data: [data.medianName, data.p90Name, data.shareName] },
            xAxis: { type: 'category', data: data.weeks },
            yAxis: [{ type: 'value', name: 'min' }, { type: 'value', name: '%', min: 0, max: 100 }],
            series: [
                {
                    type: 'line', name: data.medianName, data: data.median,
                    markLine: {
                        symbol: 'none', lineStyle: { color: '#c0392b', type: 'dashed' },
                        label: { formatter: data.targetName, position: 'insideEndTop' }, data: [{ yAxis: data.target }]
                    }
                },
                { type: 'line', name: data.p90Name, data: data.p90 },
                { type: 'bar', name: data.shareName, yAxisIndex: 1, data: data.share, itemStyle: { opacity: 0.35 } }
            ]
        };
    }

    var builders = { histogram: histogram, weekly: weekly };
    document.querySelectorAll('[data-chart]').forEach(function (element) {
        var build = builders[element.getAttribute('data-chart')];
        if (!build) {
            return;
        }
        var chart = echarts.init(element, null, { renderer: 'canvas' });
        chart.setOption(build(JSON.parse(element.getAttribute('data-chart-data'))));
        window.addEventListener('resize', function () { chart.resize(); });
    });
}());
