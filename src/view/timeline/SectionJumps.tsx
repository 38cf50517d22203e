import { navTools } from '../../i18n/en/navTools.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';

/** The nav's sections, by the id of their heading (the step list by its current step). */
const SECTIONS = [
  { label: 'sectionSteps', heading: null },
  { label: 'sectionTraffic', heading: 'traffic-title' },
  { label: 'sectionWhatIf', heading: 'what-if-title' },
] as const;

/** How long to wait for a section still loading (Traffic and What-if load after the first paint). */
const WAIT_MS = 3000;

function find(heading: string | null, nav: HTMLElement): HTMLElement | null {
  if (heading === null) return nav.querySelector<HTMLElement>('[aria-current="step"]') ?? nav;
  return document.getElementById(heading);
}

/**
 * Scrolls the nav (or, where the nav does not scroll, the page) to `target` at its top (the nav to
 * its start when `target` is the nav), and focuses a heading.
 */
function show(target: HTMLElement, nav: HTMLElement, isHeading: boolean) {
  if (target === nav) nav.scrollTop = 0;
  else if (nav.scrollHeight > nav.clientHeight) {
    // The section's top: its heading sticks to the nav's top, so its own box says where it is stuck.
    const top = (target.closest('section') ?? target).getBoundingClientRect().top;
    nav.scrollTop += top - nav.getBoundingClientRect().top;
  } else {
    (target.closest('section') ?? target).scrollIntoView({ block: 'start' });
  }
  if (isHeading) target.focus({ preventScroll: true });
}

/**
 * Buttons over the steps nav that bring its Steps, Traffic or What-if section to its top in one
 * click, wherever the nav is scrolled (the Traffic and What-if panels come after every step).
 */
export function SectionJumps({ navId }: { readonly navId: string }) {
  const { m } = useMessages('navTools', navTools);
  const jump = (heading: string | null) => {
    const nav = document.getElementById(navId);
    if (!nav) return;
    const started = performance.now();
    const attempt = () => {
      const target = find(heading, nav);
      if (target) show(target, nav, heading !== null);
      else if (performance.now() - started < WAIT_MS) requestAnimationFrame(attempt);
    };
    attempt();
  };
  return (
    <fieldset className="flex shrink-0 gap-1 px-1">
      <legend className="sr-only">{m.goToSection}</legend>
      {SECTIONS.map(({ label, heading }) => (
        <button
          key={label}
          type="button"
          onClick={() => jump(heading)}
          className={`flex-1 rounded-md border border-slate-300 bg-white px-2 py-1 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          {m[label]}
        </button>
      ))}
    </fieldset>
  );
}
