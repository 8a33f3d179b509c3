namespace Wx.Scraper.Worker;

/// <summary>The JavaScript that the worker runs in pages; each is one round trip to the browser.</summary>
internal static class PageScripts
{
    /// <summary>
    /// Polled after DOMContentLoaded until the page shows what it is. Argument: [ready, notFoundSelector,
    /// notFoundText, loginForm]; the not-found and login arguments may be null. Returns 'ready', 'not-found',
    /// 'login' or false (keep polling).
    /// </summary>
    public const string Classify = """
        ([ready, notFoundSelector, notFoundText, loginForm]) => {
            if (document.querySelector(ready)) return 'ready';
            if (notFoundSelector && document.querySelector(notFoundSelector)) return 'not-found';
            if (notFoundText && document.body && document.body.textContent.toLowerCase().includes(notFoundText.toLowerCase())) return 'not-found';
            if (loginForm && document.querySelector(loginForm)) return 'login';
            return false;
        }
        """;

    /// <summary>
    /// Reads every field at once. Argument: an array of [name, selector, attribute or null]. Returns an object that
    /// maps each name to the element's text (or attribute), or null when the element is absent.
    /// </summary>
    public const string ReadFields = """
        (fields) => {
            const values = {};
            for (const [name, selector, attribute] of fields) {
                const element = document.querySelector(selector);
                values[name] = element === null ? null : (attribute ? element.getAttribute(attribute) : element.textContent);
            }
            return values;
        }
        """;

    /// <summary>
    /// Renders an element to a PNG data URL without a screenshot: a canvas through toDataURL, an SVG by drawing it
    /// on a canvas of its displayed size. Returns null when the element is absent, and data null for other
    /// elements (the caller then takes an element screenshot).
    /// </summary>
    public const string CaptureElement = """
        async (selector) => {
            const element = document.querySelector(selector);
            if (element === null) return null;
            if (element instanceof HTMLCanvasElement) {
                return { data: element.toDataURL('image/png'), width: element.width, height: element.height };
            }
            if (element instanceof SVGSVGElement) {
                const box = element.getBoundingClientRect();
                const width = Math.round(box.width);
                const height = Math.round(box.height);
                const image = new Image(width, height);
                image.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(element));
                await image.decode();
                const canvas = document.createElement('canvas');
                canvas.width = width;
                canvas.height = height;
                canvas.getContext('2d').drawImage(image, 0, 0, width, height);
                return { data: canvas.toDataURL('image/png'), width, height };
            }
            return { data: null, width: 0, height: 0 };
        }
        """;
}
