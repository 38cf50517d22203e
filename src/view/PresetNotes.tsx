import { useMemo } from 'react';
import { type PresetNote, presetNotes, type Step } from '../engine/index.ts';
import { zhCatalog } from '../i18n/catalog.ts';
import { timeline } from '../i18n/en/timeline.ts';
import { selectSource, selectWorld, useExplorer } from '../store/index.ts';
import { useMessages } from './i18n/useMessages.ts';
import { MUTED } from './styles.ts';

/** The current preset's notes in this world (none for a scenario of the user's own). */
function useNotes(): readonly PresetNote[] {
  const source = useExplorer(selectSource);
  const world = useExplorer(selectWorld);
  return useMemo(() => (source.kind === 'preset' ? presetNotes(source.name, world) : []), [source, world]);
}

function Note({ note }: { note: PresetNote }) {
  const { m, lang } = useMessages('timeline', timeline);
  const say = (lang === 'zh' && zhCatalog()?.presetNote) || ((text: string) => text);
  return (
    <p className={`mt-2 border-l-2 border-sky-500 pl-2 text-sm leading-relaxed ${MUTED}`}>
      <span className="font-medium text-slate-800 dark:text-slate-200">{m.aboutArticle}</span>
      {say(note.text)}
    </p>
  );
}

/** What the preset says about the inspected element (the article's node B, quota, versions). */
export function PresetNotesAt({ place }: { place: string }) {
  const notes = useNotes().filter((n) => n.place === place);
  return notes.map((note) => <Note key={note.text} note={note} />);
}

/** What the preset says at this step: a note about the element the step changed in its way. */
export function PresetNotesOfStep({ step }: { step: Step }) {
  const notes = useNotes().filter(
    (n) => n.place === step.target && n.change !== undefined && step.changes.some((c) => c.kind === n.change),
  );
  return notes.map((note) => <Note key={note.text} note={note} />);
}
