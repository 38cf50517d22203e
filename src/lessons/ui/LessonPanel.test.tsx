import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { createExplorerStore, ExplorerStoreContext } from '../../store/index.ts';
import { LESSONS, type ResolvedLesson, resolveLesson } from '../index.ts';
import { LessonPanel } from './LessonPanel.tsx';

const troubleshooting = resolveLesson(LESSONS.find((l) => l.id === 'troubleshooting') as (typeof LESSONS)[0]);
const noop = () => {};

function render(
  lesson: ResolvedLesson,
  number: number,
  given: { choice: string; right: boolean } | null,
  embed = false,
) {
  const stop = lesson.stops[number - 1];
  if (!stop) throw new Error('no stop');
  // React marks text boundaries with comments; the text a reader sees has none.
  return renderToString(
    <ExplorerStoreContext value={createExplorerStore({ devtools: false })}>
      <LessonPanel
        lesson={lesson}
        stop={stop}
        seen={[1]}
        given={given}
        embed={embed}
        onGo={noop}
        onChoose={noop}
        onRetry={noop}
        onShowProof={noop}
        onExit={noop}
        onPicker={noop}
      />
    </ExplorerStoreContext>,
  ).replaceAll('<!-- -->', '');
}

describe('LessonPanel', () => {
  it('names the stop, its controls, and offers the computed options', () => {
    const html = render(troubleshooting, 1, null);
    expect(html).toContain(`aria-label="Lesson: ${troubleshooting.title}"`);
    expect(html).toContain('Stop 1 of 7');
    expect(html).toContain('>Previous stop</button>');
    expect(html).toContain('>Next stop</button>');
    expect(html).toContain('Exit lesson');
    for (const option of troubleshooting.stops[0]?.question?.options ?? [])
      expect(html).toContain(option.label);
    expect(html).not.toContain('data-verdict');
  });

  it('shows the verdict, the explanation and the proof once answered', () => {
    const question = troubleshooting.stops[0]?.question;
    const wrong = render(troubleshooting, 1, { choice: 'cause:healthy', right: false });
    expect(wrong).toContain('data-verdict="wrong"');
    expect(wrong).toContain(question?.explanation);
    expect(wrong).toContain('Stop 1: A node without a pod CIDR (seen)');
    const right = render(troubleshooting, 1, { choice: question?.answer ?? '', right: true });
    expect(right).toContain('data-verdict="right"');
  });

  it('has no way out of the lesson in an embed, and ends at the last stop', () => {
    const html = render(troubleshooting, 7, null, true);
    expect(html).not.toContain('Exit lesson');
    expect(html).toContain('End of the lesson.');
    expect(html).not.toContain('Choose another lesson');
  });
});
