/**
 * Opens an artifact's tab in the inspector, as a learner would, by clicking it. The inspector
 * keeps its picked tab to itself (the explorer's store does not hold it), and a lesson stop only
 * needs to say "look at subnet.env here": a click keeps both apart without a shared state.
 */
export function openInspectorTab(artifact: string): void {
  requestAnimationFrame(() => {
    const tab = document.querySelector<HTMLElement>(`[role="tab"][data-artifact="${CSS.escape(artifact)}"]`);
    if (tab && tab.getAttribute('aria-selected') !== 'true') tab.click();
  });
}
