import { FOCUS_RING } from '../../view/styles.ts';

/** The header's tool buttons (Edit scenario, Files, Copy link). */
export const TOOL_BUTTON = `rounded-md border border-slate-300 bg-white px-3 py-1 text-sm font-medium whitespace-nowrap hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 ${FOCUS_RING}`;

/** An entry of the Files menu. */
export const MENU_ITEM = `block w-full cursor-pointer rounded-md px-3 py-1.5 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS_RING}`;
