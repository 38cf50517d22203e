/** Tailwind class strings shared by the panels, so light and dark stay consistent. */
export const PANEL =
  'relative rounded-xl border border-slate-200 bg-white shadow-sm dark:border-slate-800 dark:bg-slate-900';
/**
 * The narration's box: under the diagram below 1280 px; from 1280 px above the steps beside the
 * diagram (which keeps its size, and its layout, from step to step), where its column scrolls.
 */
export const NARRATION_BOX = 'shrink-0';
/** A heading in the steps nav (a phase, Traffic, What-if) that stays at its top while it scrolls. */
export const NAV_HEADING =
  'sticky top-0 z-10 bg-slate-50 px-2 py-1 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:bg-slate-950 dark:text-slate-400';
export const PANEL_TITLE = 'text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400';
export const FOCUS_RING =
  'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:focus-visible:outline-sky-400';
export const MUTED = 'text-slate-600 dark:text-slate-400';
/**
 * A table or file line this step added: lime, the diagram's and the legend's colour for what this
 * step changed (no element's colour: eth0 is emerald). ADDED_ROW keeps the row's own text colours.
 */
export const ADDED_LINE = 'bg-lime-100 text-lime-950 dark:bg-lime-900/60 dark:text-lime-50';
export const ADDED_ROW = 'bg-lime-100 dark:bg-lime-900/50';
/** The mark beside a line or tab that changed at this step. */
export const ADDED_MARK = 'border-lime-600 dark:border-lime-400';
export const FAILED_TEXT = 'text-red-700 dark:text-red-400';
/** A table line a packet hop matched (its evidence): lime, the diagram's colour for what this step or hop touched. */
export const MATCHED_LINE = 'bg-lime-100 text-lime-950 dark:bg-lime-900/60 dark:text-lime-50';
