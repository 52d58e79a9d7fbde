// Export of the chart: the drawn SVG cloned at its natural size with every style the page
// applied written inline (so the file looks the same anywhere), and a PNG drawn from that SVG
// on a canvas at twice the size. Only reads the DOM it is given; saving is download.ts's job.

const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'letter-spacing',
  'text-anchor',
  'text-decoration',
] as const;

const SVG_NS = 'http://www.w3.org/2000/svg';

export interface ExportBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Serialises `content` (the chart's top <g>, rendered in full) as a standalone SVG document
 * covering `box` plus a margin, on a white background.
 */
export function serializeChartSvg(content: SVGGElement, box: ExportBox, defs: SVGDefsElement | null, margin = 24): string {
  const clone = content.cloneNode(true) as SVGGElement;
  const sources = [content, ...Array.from(content.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((src, i) => {
    const dst = targets[i] as SVGElement | undefined;
    if (!dst) return;
    const cs = getComputedStyle(src);
    for (const prop of STYLE_PROPS) {
      const value = cs.getPropertyValue(prop);
      if (value) dst.style.setProperty(prop, value);
    }
    // Interaction-only attributes mean nothing in a file.
    for (const attr of ['tabindex', 'data-node-id', 'data-user', 'data-kind', 'class', 'aria-selected', 'aria-expanded', 'aria-level', 'role']) dst.removeAttribute(attr);
  });
  for (const focus of Array.from(clone.querySelectorAll('.chart-focus'))) focus.remove();
  clone.removeAttribute('transform');
  const width = Math.ceil(box.width + 2 * margin);
  const height = Math.ceil(box.height + 2 * margin);
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('xmlns', SVG_NS);
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `${box.x - margin} ${box.y - margin} ${width} ${height}`);
  const bg = document.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('x', String(box.x - margin));
  bg.setAttribute('y', String(box.y - margin));
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(height));
  bg.setAttribute('fill', '#ffffff');
  if (defs) svg.append(defs.cloneNode(true));
  svg.append(bg, clone);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(svg)}`;
}

/** Reads the pixel size a serialised chart SVG declares. */
export function svgSize(svg: string): { width: number; height: number } {
  const w = /<svg[^>]*\swidth="(\d+)"/.exec(svg);
  const h = /<svg[^>]*\sheight="(\d+)"/.exec(svg);
  return { width: Number(w?.[1] ?? 0), height: Number(h?.[1] ?? 0) };
}

/** Canvas side limit most engines accept; larger charts are scaled down to fit. */
const MAX_CANVAS_SIDE = 16_000;

/** Draws `svg` on a canvas at `scale`x (less when the chart is huge) and returns it as PNG. */
export async function svgToPng(svg: string, scale = 2): Promise<Blob> {
  const { width, height } = svgSize(svg);
  const s = Math.min(scale, MAX_CANVAS_SIDE / Math.max(1, width), MAX_CANVAS_SIDE / Math.max(1, height));
  // A data: URL, not a blob: one: the page's CSP allows images from 'self' and data: only.
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * s));
  canvas.height = Math.max(1, Math.round(height * s));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw the chart to an image (no 2D canvas)');
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart is too large to save as PNG; export SVG instead'))), 'image/png');
  });
}
