/**
 * The topology diagram as a standalone SVG file: the elements as React drew them, with the
 * styles the page's CSS gave them written out as presentation attributes (the file has no
 * stylesheet), and the whole layout in view rather than the current zoom.
 */

import { zhCatalog } from '../../i18n/catalog.ts';
import { diagram } from '../../i18n/en/diagram.ts';

/** Properties SVG inherits: written only where they differ from the parent's. */
const INHERITED = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
] as const;

/** Attributes that only matter on the page (styling hooks, focus, ARIA, handlers). */
const PAGE_ONLY = /^(class|style|tabindex|role|focusable|on.*|aria-.*|data-.*)$/i;

function escapeText(text: string): string {
  return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
}

function escapeAttribute(text: string): string {
  return escapeText(text).replaceAll('"', '&quot;');
}

type Styles = (element: Element) => CSSStyleDeclaration;

function serializeElement(
  el: Element,
  parent: CSSStyleDeclaration | null,
  depth: number,
  styles: Styles,
): string {
  const css = styles(el);
  if (css.display === 'none') return '';
  const attrs: string[] = [];
  for (const attr of el.attributes) {
    if (PAGE_ONLY.test(attr.name)) continue;
    // The first group holds the zoom transform: the file shows the whole layout.
    if (depth === 1 && el.localName === 'g' && attr.name === 'transform') continue;
    if ((INHERITED as readonly string[]).includes(attr.name)) continue;
    attrs.push(`${attr.name}="${escapeAttribute(attr.value)}"`);
  }
  for (const name of INHERITED) {
    const value = css.getPropertyValue(name);
    if (value && (!parent || parent.getPropertyValue(name) !== value))
      attrs.push(`${name}="${escapeAttribute(value)}"`);
  }
  if (css.opacity && css.opacity !== '1') attrs.push(`opacity="${escapeAttribute(css.opacity)}"`);
  let body = '';
  for (const child of el.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) body += escapeText(child.textContent ?? '');
    else if (child instanceof Element) body += serializeElement(child, css, depth + 1, styles);
  }
  const tag = el.localName;
  return `<${tag}${attrs.length ? ` ${attrs.join(' ')}` : ''}>${body}</${tag}>`;
}

/** The page's background behind the diagram, so the file looks as on screen (light or dark). */
function backgroundOf(el: Element, styles: Styles): string {
  for (let node: Element | null = el; node; node = node.parentElement) {
    const color = styles(node).backgroundColor;
    if (color && color !== 'transparent' && color !== 'rgba(0, 0, 0, 0)') return color;
  }
  return '#ffffff';
}

/** The SVG file text for the diagram `svg`, titled `title`. */
export function serializeDiagram(
  svg: SVGSVGElement,
  title: string,
  styles: Styles = getComputedStyle,
): string {
  const [, , width = 800, height = 600] = (svg.getAttribute('viewBox') ?? '').split(/\s+/).map(Number);
  const root = styles(svg);
  const rootAttrs = INHERITED.map((name) => [name, root.getPropertyValue(name)] as const)
    .filter(([, value]) => value)
    .map(([name, value]) => `${name}="${escapeAttribute(value)}"`)
    .join(' ');
  let body = `<title>${escapeText(title)}</title><rect width="100%" height="100%" fill="${escapeAttribute(backgroundOf(svg, styles))}"/>`;
  for (const child of svg.children) body += serializeElement(child, root, 1, styles);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ${rootAttrs}>${body}</svg>\n`;
}

/** The diagram on the page (DESIGN.md §3.4: the SVG named by the diagram catalog), if shown. */
export function findDiagram(): SVGSVGElement | null {
  const names = [diagram.svg, zhCatalog()?.diagram.svg];
  const selector = names
    .flatMap((name) => (name ? [`svg[aria-label=${JSON.stringify(name)}]`] : []))
    .join(', ');
  return document.querySelector<SVGSVGElement>(selector);
}
