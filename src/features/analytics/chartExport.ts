// A chart's data as CSV and its drawing as a standalone SVG file.
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
  return new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' });
}
