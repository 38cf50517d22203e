/**
 * An SVG file text drawn to PNG: loaded as an image from a blob: URL (same origin, no network,
 * allowed by the CSP's img-src) and drawn on a canvas at twice its size, for sharp slides.
 */

/** Browsers refuse canvases much larger than this on a side. */
const MAX_SIDE = 8192;

export async function svgToPng(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const factor = Math.min(scale, MAX_SIDE / Math.max(width, height, 1));
    const canvas = document.createElement('canvas');
    canvas.width = Math.max(1, Math.round(width * factor));
    canvas.height = Math.max(1, Math.round(height * factor));
    const context = canvas.getContext('2d');
    if (!context) throw new Error('this browser gives no 2D canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Width and height of an SVG file text made by serializeDiagram. */
export function svgSize(svgText: string): { width: number; height: number } {
  const match = /<svg [^>]*width="([\d.]+)" height="([\d.]+)"/.exec(svgText);
  return { width: Number(match?.[1] ?? 800), height: Number(match?.[2] ?? 600) };
}
