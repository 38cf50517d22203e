import type { Page } from '@playwright/test';

/** The scenario editor and the header's author tools, by their accessible names. */
export function author(page: Page) {
  const editor = page.getByRole('dialog', { name: 'Edit scenario', exact: true });
  return {
    open: page.getByRole('button', { name: 'Edit scenario', exact: true }),
    editor,
    field: (name: string | RegExp) => editor.getByRole('textbox', { name, exact: typeof name === 'string' }),
    select: (name: string | RegExp) =>
      editor.getByRole('combobox', { name, exact: typeof name === 'string' }),
    json: editor.getByRole('textbox', { name: 'Scenario JSON', exact: true }),
    capacity: editor.getByRole('region', { name: 'Capacity', exact: true }),
    status: editor.getByRole('status'),
    files: page.getByRole('button', { name: 'Files', exact: true }),
    copyLink: page.getByRole('button', { name: 'Copy link', exact: true }),
    narration: page.getByRole('region', { name: 'Narration', exact: true }).getByRole('status'),
    topology: page.getByRole('region', { name: 'Topology', exact: true }),
    steps: page.getByRole('list', { name: 'Construction steps', exact: true }),
  };
}

/** The hash's parameters of a page URL. */
export function hashParams(url: string): URLSearchParams {
  const hash = new URL(url).hash;
  return new URLSearchParams(hash.slice(hash.indexOf('?') + 1));
}
