import FindStep from './FindStep.tsx';
import { SectionJumps } from './SectionJumps.tsx';

/**
 * Over the steps nav: the buttons to its sections and "Find step". Not needed for the first paint:
 * the explorer loads them right after.
 */
export default function NavTools({ navId }: { readonly navId: string }) {
  return (
    <>
      <SectionJumps navId={navId} />
      <FindStep />
    </>
  );
}
