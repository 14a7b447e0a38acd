// PNG from the timeline SVG: the SVG (with its fonts inline as data: URLs, so
// Chinese renders on machines without CJK fonts) is drawn into a canvas at
// 2× for crisp text on slides and retina screens.
export async function svgToPng(svg: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2D is not available');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image is too large to encode'))), 'image/png');
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
