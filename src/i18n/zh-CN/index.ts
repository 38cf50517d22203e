/** The Chinese catalog (zh-CN), every part in one chunk loaded when Chinese is asked for. */

export { about } from './about.ts';
export { cli } from './cli.ts';
export { dataplane } from './dataplane.ts';
export { diagram } from './diagram.ts';
export { drawn } from './drawn.ts';
export { editor } from './editor.ts';
export { editorLists } from './editorLists.ts';
export { engine } from './engine/index.ts';
export { files } from './files.ts';
export { glossary } from './glossary.ts';
export { header } from './header.ts';
export { inspector } from './inspector.ts';
export { legend } from './legend.ts';
export { lessonAnswers } from './lesson-texts/answers.ts';
export { lessonWords } from './lesson-texts/index.ts';
export { lessons } from './lessons.ts';
export { navTools } from './navTools.ts';
export { notes } from './notes.ts';
export { opening } from './opening.ts';
export { outline } from './outline.ts';
export { packet } from './packet.ts';
export { parts } from './parts.ts';
export { regions } from './regions.ts';
export { timeline } from './timeline.ts';
export { tour } from './tour.ts';
export { whatif } from './whatif.ts';
