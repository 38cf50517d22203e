import { useMemo } from 'react';
import { selectScenario, selectSelectedId, useExplorer } from '../../store/index.ts';
import { Inspector } from './Inspector.tsx';
import { inspectTarget } from './inspect-target.ts';
import { NodeRoutesTable } from './NodeRoutesTable.tsx';
import { VpcRouteTable } from './VpcRouteTable.tsx';

/** The tables and the inspector: the VPC route table always, a node's routes when one is selected. */
export function SidePanels() {
  const selectedId = useExplorer(selectSelectedId);
  const scenario = useExplorer(selectScenario);
  const node = useMemo(() => inspectTarget(selectedId, scenario)?.node ?? null, [selectedId, scenario]);
  return (
    <>
      <VpcRouteTable />
      {node && <NodeRoutesTable node={node} />}
      <Inspector />
    </>
  );
}
