/** The tour's stops: what each part of the explorer is for, and where it is on the page. */
export interface TourStop {
  readonly title: string;
  readonly text: string;
  /** The part pointed at: the first element that matches and is shown … */
  readonly target: string;
  /** … and, when given, whose text is this. */
  readonly label?: string;
}

export const TOUR_STOPS: readonly TourStop[] = [
  {
    title: 'The steps',
    text: 'The cluster is built one step at a time, from the empty VPC to running pods. Press Play, or → and ←, to go through them; each step says who did what.',
    target: 'nav[aria-label="Steps"] ol[aria-label="Construction steps"]',
  },
  {
    title: 'The diagram',
    text: 'The network as it stands at the step you are on. Click any element (a node, cni0, the vRouter) to read its files and tables in the inspector.',
    target: 'section[aria-label="Topology"]',
  },
  {
    title: 'Traffic',
    text: 'Send a packet between two pods, or out to the Internet, and follow it hop by hop: each hop shows the table line that decided it.',
    target: 'section[aria-labelledby="traffic-title"]',
  },
  {
    title: 'What-if',
    text: 'Break something on purpose (flanneld down, a VPC route deleted, a full route table) and see which steps fail and where packets stop.',
    target: 'section[aria-labelledby="what-if-title"]',
  },
  {
    title: 'Lessons',
    text: 'Guided tours with questions: the packet paths, the construction phases, troubleshooting. Start here if you are new to Flannel on a VPC.',
    target: 'header button',
    label: 'Lessons',
  },
];
