/** The first visit's tour (src/app/tour/). */
export const tour = {
  counter: 'Tour · {n} of {total}',
  skip: 'Skip tour',
  back: 'Back',
  next: 'Next',
  done: 'Done',
  stepsTitle: 'The steps',
  stepsText:
    'The cluster is built one step at a time, from the empty VPC to running pods. Press Play, or → and ←, to go through them; each step says who did what.',
  diagramTitle: 'The diagram',
  diagramText:
    'The network as it stands at the step you are on. Click any element (a node, cni0, the vRouter) to read its files and tables in the inspector.',
  trafficTitle: 'Traffic',
  trafficText:
    'Send a packet between two pods, or out to the Internet, and follow it hop by hop: each hop shows the table line that decided it.',
  whatIfTitle: 'What-if',
  whatIfText:
    'Break something on purpose (flanneld down, a VPC route deleted, a full route table) and see which steps fail and where packets stop.',
  lessonsTitle: 'Lessons',
  lessonsText:
    'Guided tours with questions: the packet paths, the construction phases, troubleshooting. Start here if you are new to Flannel on a VPC.',
};
