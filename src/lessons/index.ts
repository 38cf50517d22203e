/** Lessons: data (catalog/), resolved against the engine (resolve.ts), checked by the lesson test. */

export { answerTells } from './answer-tells.ts';
export { isRightClick } from './answers/index.ts';
export { type AskedView, type AskedWithheld, askedView, decidingHop, passedAsked } from './asked.ts';
export { LESSONS, lessonById } from './catalog/index.ts';
export { checkLesson, type DiagramIds } from './check.ts';
export { elementLabel, elementSaid } from './element-label.ts';
export { resolveLesson } from './resolve.ts';
export type {
  AnswerOption,
  Proof,
  ResolvedLesson,
  ResolvedPacket,
  ResolvedQuestion,
  ResolvedStop,
} from './resolved.ts';
export { LessonError, walkHopNumber } from './resolved.ts';
export { englishOf, type LessonText, type Saying, sayLesson } from './said.ts';
export { fillTemplate } from './template.ts';
export type { Lesson, Question, Stop } from './types.ts';
