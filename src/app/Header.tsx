import { LessonsButton } from '../lessons/ui/LessonsButton.tsx';
import { selectScenarioTitle, useExplorer } from '../store/index.ts';
import { PresetPicker } from '../view/header/PresetPicker.tsx';
import { ThemeToggle } from '../view/header/ThemeToggle.tsx';
import { AboutButton } from './about/AboutButton.tsx';
import { ScenarioTools } from './share/ScenarioTools.tsx';
import { TourButton } from './tour/TourHost.tsx';

export function Header() {
  const title = useExplorer(selectScenarioTitle);
  return (
    <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-slate-200 bg-white px-4 py-1.5 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex min-w-0 items-baseline gap-3">
        <h1 className="text-xl font-bold tracking-tight">
          Pod<span className="text-sky-700 dark:text-sky-400">Path</span>
        </h1>
        <p className="truncate text-sm text-slate-600 dark:text-slate-400">{title}</p>
      </div>
      <div className="ml-auto flex items-center gap-4">
        <TourButton />
        <AboutButton />
        <LessonsButton />
        <PresetPicker />
        <ScenarioTools />
        <ThemeToggle />
      </div>
    </header>
  );
}
