// Spot page script: after the render delay, fetches the current conditions and the graph history, fills the
// current-conditions block, draws the gauge and graph, then sets data-state="ready" on #current-conditions.
// On failure it sets data-state="error" and data-error to the reason.
'use strict';

(function () {
    const root = document.getElementById('current-conditions');
    if (!root) {
        return;
    }

    const svgNamespace = 'http://www.w3.org/2000/svg';
    const spotId = root.dataset.spotId;
    const renderDelay = Number(root.dataset.renderDelayMs) || 0;

    setTimeout(() => {
        render().catch((error) => {
            root.dataset.error = String(error && error.message ? error.message : error);
            root.dataset.state = 'error';
        });
    }, renderDelay);

    async function render() {
        const base = '/api/spot/' + encodeURIComponent(spotId);
        const [current, history] = await Promise.all([getJson(base + '/current'), getJson(base + '/history')]);

        setText('.jw-cc-data-date', current.observedAtText);
        setText('.jw-cc-data-speed', current.windText);
        setText('.jw-data-gust .jw-data-value', current.gustText);
        setText('.jw-data-lull .jw-data-value', current.lullText);
        setText('.jw-data-air-temp .jw-data-value', current.airTemperatureText);
        setText('.jw-data-air-pressure .jw-data-value', current.pressureText);

        const gauge = root.querySelector('svg.jw-cc-data-gauge');
        if (gauge) {
            drawGauge(gauge, current);
        }

        const graph = root.querySelector('canvas#wind-graph');
        if (graph) {
            drawGraph(graph, history);
        }

        root.dataset.observation = current.observed ? 'current' : 'none';
        root.dataset.state = 'ready';

        // The SpinAfterRender fault: a busy loop that never yields, started late enough for the marker to be seen.
        if (root.dataset.spinAfterRenderMs !== undefined) {
            setTimeout(spinForever, Number(root.dataset.spinAfterRenderMs) || 0);
        }
    }

    async function getJson(url) {
        const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
        if (!response.ok) {
            throw new Error('GET ' + url + ' returned HTTP ' + response.status);
        }

        return response.json();
    }

    function setText(selector, text) {
        const element = root.querySelector(selector);
        if (element) {
            element.textContent = text ?? '';
        }
    }

    function spinForever() {
        let iterations = 0;
        for (;;) {
            iterations++;
        }
    }

    // Angles are degrees clockwise from north, as for wind directions.
    function polar(radius, degrees) {
        const radians = degrees * Math.PI / 180;
        return [100 + radius * Math.sin(radians), 100 - radius * Math.cos(radians)];
    }

    function addSvg(parent, name, attributes, text) {
        const element = document.createElementNS(svgNamespace, name);
        for (const [key, value] of Object.entries(attributes)) {
            element.setAttribute(key, String(value));
        }

        if (text !== undefined) {
            element.textContent = text;
        }

        parent.appendChild(element);
        return element;
    }

    function drawGauge(svg, current) {
        svg.replaceChildren();
        addSvg(svg, 'circle', { class: 'jw-gauge-dial', cx: 100, cy: 100, r: 94, fill: '#f4f8fb', stroke: '#1d4f7a', 'stroke-width': 3 });

        for (let index = 0; index < 16; index++) {
            const angle = index * 22.5;
            const [x1, y1] = polar(94, angle);
            const [x2, y2] = polar(index % 4 === 0 ? 80 : 87, angle);
            addSvg(svg, 'line', { class: 'jw-gauge-tick', x1, y1, x2, y2, stroke: '#1d4f7a', 'stroke-width': index % 4 === 0 ? 3 : 1.5 });
        }

        ['N', 'E', 'S', 'W'].forEach((name, index) => {
            const [x, y] = polar(68, index * 90);
            addSvg(svg, 'text', { class: 'jw-gauge-cardinal', x, y, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': 14, fill: '#1d4f7a' }, name);
        });

        // The needle sits on the rim at the direction the wind comes from and points to the centre.
        if (current.observed && current.windDirectionDegrees !== null && current.windSpeed > 0) {
            const needle = addSvg(svg, 'g', { class: 'jw-gauge-needle', transform: 'rotate(' + current.windDirectionDegrees + ' 100 100)' });
            addSvg(needle, 'polygon', { points: '88,8 112,8 100,44', fill: '#d9480f' });
        }

        const speedText = current.windSpeed === null ? '--' : String(current.windSpeed);
        addSvg(svg, 'text', { class: 'jw-gauge-speed', x: 100, y: 98, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': 34, 'font-weight': 'bold', fill: '#102a43' }, speedText);
        addSvg(svg, 'text', { class: 'jw-gauge-unit', x: 100, y: 126, 'text-anchor': 'middle', 'dominant-baseline': 'central', 'font-size': 13, fill: '#486581' }, current.speedUnit);
    }

    function drawGraph(canvas, history) {
        const context = canvas.getContext('2d');
        const width = canvas.width;
        const height = canvas.height;
        const left = 40;
        const right = 12;
        const top = 12;
        const bottom = 26;
        const from = Date.parse(history.fromUtc);
        const to = Date.parse(history.toUtc);

        const values = history.points.flatMap((point) => [point.speed, point.gust]).filter((value) => value !== null);
        const maximum = Math.ceil(Math.max(10, ...values) / 5) * 5;
        const x = (time) => left + (time - from) / (to - from) * (width - left - right);
        const y = (value) => height - bottom - value / maximum * (height - top - bottom);

        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, width, height);
        context.font = '11px sans-serif';
        context.lineWidth = 1;

        // Horizontal grid with speed labels, four bands.
        context.strokeStyle = '#d9e2ec';
        context.fillStyle = '#486581';
        context.textAlign = 'right';
        context.textBaseline = 'middle';
        for (let band = 0; band <= 4; band++) {
            const value = maximum * band / 4;
            context.beginPath();
            context.moveTo(left, y(value));
            context.lineTo(width - right, y(value));
            context.stroke();
            context.fillText(String(value), left - 6, y(value));
        }

        context.textAlign = 'center';
        context.textBaseline = 'top';
        for (const tick of history.ticks) {
            context.fillText(tick.label, x(Date.parse(tick.timeUtc)), height - bottom + 6);
        }

        context.textAlign = 'left';
        context.fillText(history.speedUnit, 4, 2);

        if (history.points.length === 0) {
            context.textAlign = 'center';
            context.textBaseline = 'middle';
            context.fillText('No data', width / 2, height / 2);
            return;
        }

        drawSeries(context, history.points, 'gust', '#f08c00', x, y);
        drawSeries(context, history.points, 'speed', '#1c7ed6', x, y);
    }

    // Draws one line, broken where a value is missing.
    function drawSeries(context, points, key, colour, x, y) {
        context.strokeStyle = colour;
        context.lineWidth = 2;
        context.beginPath();
        let drawing = false;
        for (const point of points) {
            const value = point[key];
            if (value === null) {
                drawing = false;
                continue;
            }

            const px = x(Date.parse(point.timeUtc));
            const py = y(value);
            if (drawing) {
                context.lineTo(px, py);
            } else {
                context.moveTo(px, py);
                drawing = true;
            }
        }

        context.stroke();
    }
})();
