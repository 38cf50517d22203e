import { explorer } from './explorer-helpers.ts';
import { expect, test } from './fixtures.ts';

/** The explorer's Chinese controls, by their Chinese accessible names. */
function chinese(page: import('@playwright/test').Page) {
  return {
    steps: page.getByRole('list', { name: '搭建步骤', exact: true }),
    next: page.getByRole('button', { name: '下一步', exact: true }),
    play: page.getByRole('button', { name: '播放', exact: true }),
    language: page.getByRole('combobox', { name: '语言', exact: true }),
    narration: page.getByRole('region', { name: '讲解', exact: true }).getByRole('status'),
  };
}

test('lang=zh shows the header and the step controls in Chinese, with Chinese accessible names', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh');
  const zh = chinese(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(zh.steps).toBeVisible();
  await expect(zh.play).toBeVisible();
  await expect(zh.language).toHaveValue('zh');
  for (const name of ['导览', '关于', '编辑场景', '复制链接']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
  }
  await expect(page.getByRole('combobox', { name: '场景', exact: true })).toHaveValue('article');
  await expect(page.getByRole('navigation', { name: '步骤', exact: true })).toBeVisible();
  await zh.next.click();
  await expect(zh.narration).toContainText('步骤 1 / ');
  await expect(page.getByRole('heading', { name: '初始' })).toBeVisible();
});

test('switching to English keeps the step and the selection, and the link names the language', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=zh&step=5&sel=vpc');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await chinese(page).language.selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  const ui = explorer(page);
  await expect(ui.next).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language', exact: true })).toHaveValue('en');
  await expect(page.getByRole('region', { name: 'Narration', exact: true })).toContainText('Step 5 of');
  await expect(page).toHaveURL(/[?&]step=5&sel=vpc(&|.*&)lang=en/);
  await expect(ui.current).toContainText('5');
});

test('an unknown language is refused with the common sentence, and the page stays in English', async ({
  page,
}) => {
  await page.goto('/#/?preset=article&lang=fr');
  await expect(page.getByText(/Not applied: lang="fr": not a language; use en, zh/)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('an embed with lang=zh is in Chinese', async ({ page }) => {
  await page.goto('/#/?preset=article&embed=1&lang=zh');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(chinese(page).next).toBeVisible();
  await expect(page.getByRole('link', { name: '在 PodPath 中打开', exact: true })).toHaveAttribute(
    'href',
    /lang=zh/,
  );
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('opens in Chinese without lang=, and remembers English once it is chosen', async ({ page }) => {
    await page.goto('/#/?preset=article');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await chinese(page).language.selectOption('en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('about:blank');
    await page.goto('/#/?preset=article');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(explorer(page).next).toBeVisible();
  });
});
