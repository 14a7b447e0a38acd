// A chart's PNG: its SVG drawn onto a canvas element by element, with the
// colours the page computed (so the theme carries over) and the shipped font
// registered first. An SVG loaded through <img> cannot use the page's fonts
// and fires `load` before its own embedded ones are ready (see roadmap/export/png.ts).
import { CHART_FONT, loadChartFonts } from './chartFonts';

function num(element: Element, name: string): number {
  return Number(element.getAttribute(name) ?? 0);
}

function paint(value: string): string | null {
  return value === 'none' || value === '' || value === 'transparent' ? null : value;
}

export async function chartPng(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '').join('');
  await loadChartFonts(texts);
  const [, , width = 0, height = 0] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(width * scale);
  canvas.height = Math.ceil(height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('canvas 2D is not available');
  ctx.scale(scale, scale);
  ctx.fillStyle = paint(getComputedStyle(svg).backgroundColor) ?? getComputedStyle(document.body).backgroundColor;
  ctx.fillRect(0, 0, width, height);

  for (const element of svg.querySelectorAll('line, polyline, rect, circle, text')) {
    const style = getComputedStyle(element);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    const fill = paint(style.fill);
    const stroke = paint(style.stroke);
    ctx.globalAlpha = Number(style.opacity || 1);
    ctx.lineWidth = parseFloat(style.strokeWidth) || 1;
    const dash = style.strokeDasharray;
    ctx.setLineDash(dash && dash !== 'none' ? dash.split(/[ ,]+/).map(parseFloat) : []);
    const path = new Path2D();
    switch (element.tagName.toLowerCase()) {
      case 'line':
        path.moveTo(num(element, 'x1'), num(element, 'y1'));
        path.lineTo(num(element, 'x2'), num(element, 'y2'));
        break;
      case 'polyline': {
        const points = (element.getAttribute('points') ?? '')
          .trim()
          .split(/\s+/)
          .map((p) => p.split(',').map(Number));
        points.forEach(([x = 0, y = 0], i) => (i === 0 ? path.moveTo(x, y) : path.lineTo(x, y)));
        break;
      }
      case 'rect':
        path.rect(num(element, 'x'), num(element, 'y'), num(element, 'width'), num(element, 'height'));
        break;
      case 'circle':
        path.arc(num(element, 'cx'), num(element, 'cy'), num(element, 'r'), 0, Math.PI * 2);
        break;
      case 'text': {
        ctx.font = `${style.fontWeight} ${style.fontSize} '${CHART_FONT}', ${style.fontFamily}`;
        const anchor = element.getAttribute('text-anchor') ?? style.textAnchor;
        ctx.textAlign = anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left';
        ctx.fillStyle = fill ?? '#000';
        ctx.fillText(element.textContent ?? '', num(element, 'x'), num(element, 'y'));
        continue;
      }
    }
    if (fill && element.tagName.toLowerCase() !== 'polyline' && element.tagName.toLowerCase() !== 'line') {
      ctx.fillStyle = fill;
      ctx.fill(path);
    }
    if (stroke) {
      ctx.strokeStyle = stroke;
      ctx.stroke(path);
    }
  }
  return new Promise<Blob>((resolve, reject) => {
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png');
  });
}
