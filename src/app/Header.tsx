import { useId, useState } from 'react';
import { header } from '../i18n/en/header.ts';
import { LessonsButton } from '../lessons/ui/LessonsButton.tsx';
import { LanguagePicker } from '../view/header/LanguagePicker.tsx';
import { PresetPicker } from '../view/header/PresetPicker.tsx';
import { ThemeToggle } from '../view/header/ThemeToggle.tsx';
import { Icon } from '../view/Icons.tsx';
import { useMessages } from '../view/i18n/useMessages.ts';
import { FOCUS_RING } from '../view/styles.ts';
import { AboutButton } from './about/AboutButton.tsx';
import { ScenarioTools } from './share/ScenarioTools.tsx';
import { TourButton } from './tour/TourHost.tsx';
import { useScenarioTitle } from './useScenarioTitle.ts';

/**
 * The title and the header's controls; below 768 px the controls fold into a "Menu" button's
 * panel (it stays open while used, the scenario editor included), so a phone never scrolls sideways.
 */
export function Header() {
  const title = useScenarioTitle();
  const [open, setOpen] = useState(false);
  const id = useId();
  const { m } = useMessages('header', header);
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-4 py-1.5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 flex-1 items-baseline gap-3 md:flex-none">
        <h1 className="text-xl font-bold tracking-tight">
          Pod<span className="text-sky-700 dark:text-sky-400">Path</span>
        </h1>
        <p className="min-w-0 truncate text-sm text-slate-600 dark:text-slate-400">{title}</p>
      </div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        className={`flex items-center gap-1.5 rounded-md border border-slate-300 px-2.5 py-1 text-sm font-medium md:hidden dark:border-slate-600 ${FOCUS_RING}`}
      >
        <Icon name="menu" />
        {m.menu}
      </button>
      <div
        id={id}
        className={`${open ? 'flex' : 'hidden'} w-full flex-wrap items-center gap-x-4 gap-y-2 md:ml-auto xl:gap-x-3 min-[90rem]:gap-x-4 md:flex md:w-auto`}
      >
        <TourButton />
        <AboutButton />
        <LessonsButton />
        <PresetPicker />
        <ScenarioTools />
        <ThemeToggle />
        <LanguagePicker />
      </div>
    </header>
  );
}
