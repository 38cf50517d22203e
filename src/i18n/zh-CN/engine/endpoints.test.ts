/**
 * A trace's endpoints that cannot be used are messages: the English word for word the trace's
 * reason, the Chinese with every parameter given (a hint nested as a message).
 */
import { describe, expect, it } from 'vitest';
import { construct, english, presetScenario, sayIn, type Text } from '../../../engine/index.ts';
import { trace } from '../../../engine/packet/index.ts';
import { engine } from './index.ts';

const zh = (text: Text) => sayIn(text, (m) => engine[m.id], 'zh-CN');
const article = construct(presetScenario('article')).final;
const services = construct(presetScenario('services')).final;

describe("a trace's unusable endpoints in Chinese", () => {
  it.each([
    [article, 'pod:web1', 'pod:api-1', '此场景中没有名为 "web1" 的 Pod；你是不是要找 web-1？'],
    [article, 'pod:web-1/nope', 'pod:api-1', 'Pod web-1 没有容器 "nope"；它的容器：nginx, log-agent'],
    [article, 'node:node-z', 'pod:api-1', '此场景中没有名为 "node-z" 的节点'],
    [article, 'pod:web-1', 'external:nowhere', '此场景中没有名为 "nowhere" 的外部端点（已知：internet）'],
    [
      article,
      '127.0.0.1',
      'pod:api-1',
      '127.0.0.1 是回环地址：请指明发送的 Pod 或节点（pod:NAME/CONTAINER、node:NAME）',
    ],
    [
      article,
      'pod:web-1',
      'node:node-a:30080',
      '没有任何 Service 使用节点端口 30080（此场景没有声明任何 Service）',
    ],
    [services, 'pod:web-1', 'service:nope', '此场景中没有名为 "nope" 的 Service（已知：'],
  ])('%#: %s → %s', (world, from, to, chinese) => {
    const result = trace(world, from, to);
    expect(result.outcome).toBe('error');
    if (result.outcome !== 'error') return;
    expect(result.reasonText).toBeDefined();
    const text = result.reasonText as Text;
    expect(english(text)).toBe(result.reason);
    expect(zh(text).startsWith(chinese)).toBe(true);
    expect(zh(text)).not.toMatch(/\{\w+\}/);
  });
});
