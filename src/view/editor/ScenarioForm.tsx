import type { ReactNode } from 'react';
import { isObject, type ScenarioError } from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { useEditor } from './editor-context.ts';
import { TextField } from './fields.tsx';
import { ClusterSection, RoutesSection, VpcSection } from './NetworkSections.tsx';
import { ProblemList } from './ProblemList.tsx';
import { NodesSection, PodsSection } from './WorkloadSections.tsx';

/**
 * The form view: messages it cannot place first, then each part of the scenario, with the
 * capacity right after the VPC and cluster settings that decide it.
 */
export function ScenarioForm(props: {
  readonly unplaced: readonly ScenarioError[];
  readonly capacity: ReactNode;
}) {
  const { unplaced } = props;
  const { doc } = useEditor();
  const { m } = useMessages('editor', editor);
  const editable = isObject(doc);
  return (
    <div className="space-y-3">
      <ProblemList id="ed-problems" errors={unplaced} />
      {editable ? (
        <>
          <TextField label={m.scenarioTitle} path={['title']} optional placeholder={m.untitled} />
          <VpcSection />
          <ClusterSection />
          {props.capacity}
          <RoutesSection />
          <NodesSection />
          <PodsSection />
          <p className="text-xs text-slate-600 dark:text-slate-400">{m.jsonOnly}</p>
        </>
      ) : (
        <>
          <p className="text-sm">{m.needsObject}</p>
          {props.capacity}
        </>
      )}
    </div>
  );
}
