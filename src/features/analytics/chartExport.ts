// A chart's data as CSV, and its drawing as a standalone SVG or a PNG.
import { csvFile } from '../../domain/export/csv';

export function csvBlob(rows: readonly (readonly string[])[]): Blob {
  return new Blob([csvFile(rows)], { type: 'text/csv;charset=utf-8' });
}

const PAINT = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'font-size', 'font-family'] as const;

/**
 * The SVG with the page's computed colours written onto each element: the
 * chart is styled by the theme's custom properties, which a file opened on its
 * own cannot resolve.
 */
export function svgBlob(svg: SVGSVGElement): Blob {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const originals = [svg, ...svg.querySelectorAll('*')];
  const copies = [copy, ...copy.querySelectorAll('*')];
  originals.forEach((element, i) => {
    const style = getComputedStyle(element);
    const target = copies[i];
    if (!target) return;
    for (const name of PAINT) {
      const value = style.getPropertyValue(name);
      if (value) target.setAttribute(name, value);
    }
  });
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.removeAttribute('class');
  const [, , width = '0', height = '0'] = (svg.getAttribute('viewBox') ?? '').split(/\s+/);
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  return new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
}

/**
 * The standalone SVG drawn onto a canvas at twice its size. Its text uses the
 * system font stack the theme names, which an SVG loaded as an image can reach
 * (web fonts it could not; the charts use none).
 */
export async function pngBlob(svg: SVGSVGElement, background: string, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(svgBlob(svg));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(image.width * scale);
    canvas.height = Math.ceil(image.height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2D is not available');
    context.fillStyle = background;
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the PNG could not be made'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
