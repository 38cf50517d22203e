import type { ReactNode } from 'react';
import { isObject, type ScenarioError } from '../../engine/index.ts';
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
  const editable = isObject(doc);
  return (
    <div className="space-y-3">
      <ProblemList id="ed-problems" errors={unplaced} />
      {editable ? (
        <>
          <TextField label="Title" path={['title']} optional placeholder="Untitled scenario" />
          <VpcSection />
          <ClusterSection />
          {props.capacity}
          <RoutesSection />
          <NodesSection />
          <PodsSection />
          <p className="text-xs text-slate-600 dark:text-slate-400">
            External endpoints and faults are edited in the JSON view.
          </p>
        </>
      ) : (
        <>
          <p className="text-sm">The form needs a JSON object: fix the JSON view first.</p>
          {props.capacity}
        </>
      )}
    </div>
  );
}
