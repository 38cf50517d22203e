import type { tour } from '../../i18n/en/tour.ts';

type Id = keyof typeof tour;

/** The tour's stops: what each part of the explorer is for, and where it is on the page. */
export interface TourStop {
  readonly title: Id;
  readonly text: Id;
  /**
   * The part pointed at: the first element that matches and is shown. `{steps}`,
   * `{constructionSteps}` and `{diagram}` are the accessible names in the page's language.
   */
  readonly target: string;
  /** … and, when given, whose text is this. */
  readonly label?: string;
}

export const TOUR_STOPS: readonly TourStop[] = [
  {
    title: 'stepsTitle',
    text: 'stepsText',
    target: 'nav[aria-label="{steps}"] ol[aria-label="{constructionSteps}"]',
  },
  { title: 'diagramTitle', text: 'diagramText', target: 'section[aria-label="{diagram}"]' },
  { title: 'trafficTitle', text: 'trafficText', target: 'section[aria-labelledby="traffic-title"]' },
  { title: 'whatIfTitle', text: 'whatIfText', target: 'section[aria-labelledby="what-if-title"]' },
  // The Lessons button's text: English until the lesson player speaks Chinese too.
  { title: 'lessonsTitle', text: 'lessonsText', target: 'header button', label: 'Lessons' },
];
