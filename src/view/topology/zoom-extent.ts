/** How far the diagram zooms out and in (d3-zoom's scale extent), without importing d3-zoom. */
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 8;
