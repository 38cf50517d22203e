/** Class strings of the lesson player, in the explorer's palette. */
import { FOCUS_RING } from '../../view/styles.ts';

export const LESSON_BUTTON = `inline-flex items-center gap-1.5 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`;

export const PRIMARY_BUTTON = `inline-flex items-center gap-1.5 rounded-lg bg-sky-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-sky-800 disabled:opacity-40 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400 ${FOCUS_RING}`;

export const LINK_BUTTON = `rounded text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300 ${FOCUS_RING}`;

export const RIGHT_TONE =
  'border-emerald-600 bg-emerald-50 text-emerald-950 dark:border-emerald-500 dark:bg-emerald-950/60 dark:text-emerald-50';

export const WRONG_TONE =
  'border-red-600 bg-red-50 text-red-950 dark:border-red-500 dark:bg-red-950/60 dark:text-red-50';
