/** The narration's notes in place of a story (src/view/NarrationNotes.tsx): a walk not sent, a story kept back. */
export const notes = {
  traffic: 'Traffic',
  failed: 'Failed: ',
  nothingSent: 'Nothing was sent',
  keptBack: "Kept back until you answer the lesson's question: its story would give the answer away.",
};
