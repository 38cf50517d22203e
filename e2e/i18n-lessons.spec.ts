/**
 * Issue 18, the lessons and the rest of the UI in Chinese: a lesson's stop, question, options and
 * verdict, the picker, the legend, by their Chinese accessible names; English again on switching.
 */
import { sayIn, type Text } from '../src/engine/index.ts';
import { engine } from '../src/i18n/zh-CN/engine/index.ts';
import { lessonAnswers } from '../src/i18n/zh-CN/lesson-texts/answers.ts';
import { lessonWords } from '../src/i18n/zh-CN/lesson-texts/index.ts';
import { type LessonText, sayLesson } from '../src/lessons/index.ts';
import { lessonInLanguage } from '../src/lessons/ui/lesson-in-language.ts';
import { expect, test } from './fixtures.ts';
import { lesson, player } from './lesson-helpers.ts';

const say = (text: LessonText) =>
  sayLesson(text, {
    template: (m) => lessonAnswers[m.key] ?? m.en,
    engine: (t: Text) => sayIn(t, (m) => engine[m.id], 'zh-CN'),
    locale: 'zh-CN',
  });

const TROUBLE = lesson('troubleshooting');
const words = lessonWords[TROUBLE.id];
if (!words) throw new Error('no Chinese words for troubleshooting');
/** The lesson as the Chinese page shows it: the spec reads its words from the catalog, never types them. */
const ZH = lessonInLanguage(TROUBLE, words, say);

function zhPlayer(page: import('@playwright/test').Page) {
  const panel = page.getByRole('region', { name: `课程：${ZH.title}`, exact: true });
  return {
    panel,
    next: panel.getByRole('button', { name: '下一站', exact: true }),
    previous: panel.getByRole('button', { name: '上一站', exact: true }),
    stops: panel.getByRole('list', { name: '课程各站', exact: true }),
    option: (label: string) => panel.getByRole('group').getByRole('button', { name: label, exact: true }),
    feedback: panel.locator('[data-verdict]'),
  };
}

test('a lesson in Chinese: its stop, question and options, a wrong answer and a right one', async ({
  page,
}) => {
  await page.goto(`/#/?preset=article&lang=zh&lesson=${TROUBLE.id}&stop=1`);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const ui = zhPlayer(page);
  const stop = ZH.stops[0];
  const question = stop?.question;
  if (!stop || !question) throw new Error('the first stop lost its question');
  await expect(ui.panel).toContainText(`课程 · 第 1 站，共 ${ZH.stops.length} 站`);
  await expect(ui.panel.getByRole('heading', { name: stop.title, exact: true })).toBeVisible();
  await expect(ui.panel).toContainText(stop.narration);
  await expect(ui.panel).toContainText(question.prompt);
  await expect(ui.previous).toBeDisabled();
  await expect(
    ui.stops.getByRole('button', { name: `第 2 站：${ZH.stops[1]?.title}`, exact: true }),
  ).toBeVisible();
  for (const option of question.options) await expect(ui.option(option.label)).toBeVisible();

  const wrong = question.options.find((o) => o.id !== question.answer);
  if (!wrong) throw new Error('no wrong option');
  await ui.option(wrong.label).click();
  await expect(ui.feedback).toHaveText(`不太对。答案是${question.answerLabel}。`);
  await expect(ui.panel).toContainText(question.explanation);
  await expect(ui.panel).toContainText(`依据：${question.proof.text}`);
  await ui.panel.getByRole('button', { name: '再试一次', exact: true }).click();
  await ui.option(question.answerLabel).click();
  await expect(ui.feedback).toHaveText('答对了。');
  await ui.next.click();
  await expect(ui.panel).toContainText(`课程 · 第 2 站，共 ${ZH.stops.length} 站`);
  await expect(ui.panel).toContainText(ZH.stops[1]?.narration ?? '');
});

test('switching the lesson to English keeps its stop, and shows the English words', async ({ page }) => {
  await page.goto(`/#/?preset=article&lang=zh&lesson=${TROUBLE.id}&stop=2`);
  await expect(zhPlayer(page).panel).toContainText(ZH.stops[1]?.narration ?? '');
  await page.getByRole('combobox', { name: '语言', exact: true }).selectOption('en');
  const ui = player(page, TROUBLE.title);
  await expect(ui.panel).toContainText(`Stop 2 of ${TROUBLE.stops.length}`);
  await expect(ui.panel).toContainText(TROUBLE.stops[1]?.narration ?? '');
  for (const option of TROUBLE.stops[1]?.question?.options ?? [])
    await expect(ui.option(option.label)).toBeVisible();
});

test('the lesson picker lists the lessons in Chinese', async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh');
  await page.getByRole('button', { name: '课程', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: '课程', exact: true });
  await expect(dialog).toBeVisible();
  for (const own of Object.values(lessonWords)) {
    await expect(dialog.getByRole('heading', { name: own.title, exact: true })).toBeVisible();
  }
  await dialog.getByRole('button', { name: `开始课程：${words.title}`, exact: true }).click();
  await expect(zhPlayer(page).panel).toBeVisible();
});

test("the diagram's bar and legend in Chinese", async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh&step=40');
  await expect(page.getByRole('region', { name: '拓扑', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '放大', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '图例', exact: true }).click();
  const legend = page.getByRole('list', { name: '拓扑图图例', exact: true });
  await expect(legend).toContainText('ECS 节点');
  await expect(legend).toContainText('cni0 网桥，Pod 的网关');
});

test("the editor's nodes and pods in Chinese, by their Chinese names", async ({ page }) => {
  await page.goto('/#/?preset=article&lang=zh');
  await page.getByRole('button', { name: '编辑场景', exact: true }).click();
  const editor = page.getByRole('dialog', { name: '编辑场景', exact: true });
  const nodes = editor.getByRole('group', { name: '节点', exact: true });
  await expect(nodes).toBeVisible();
  await expect(nodes).toContainText('按注册顺序排列');
  await expect(editor.getByRole('group', { name: 'Pod', exact: true })).toBeVisible();
  await editor.getByRole('button', { name: '添加节点', exact: true }).click();
  await expect(editor.getByRole('textbox', { name: '节点 node-4 名称', exact: true })).toHaveValue('node-4');
  await expect(editor.getByRole('button', { name: '删除节点 node-4', exact: true })).toBeVisible();
  await expect(editor.getByRole('combobox', { name: 'Pod api-1 节点', exact: true })).toBeVisible();
});
