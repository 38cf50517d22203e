/** What the diagram says about itself when it cannot draw everything (src/view/topology/). */
export const diagramNotes = {
  leftOut:
    'Too large to draw in full: {left} of {all} elements left out at this zoom (too small or off screen); zoom in to draw them.',
  summary:
    'Too large to draw in detail: {nodes} nodes drawn as tiles (pod CIDR, pods running), their devices and pods ({pods}) not drawn; the steps and the inspector name them.',
};
