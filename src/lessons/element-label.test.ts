import { describe, expect, it } from 'vitest';
import { elementLabel } from './element-label.ts';

describe('elementLabel', () => {
  it('names diagram elements in words, never by id', () => {
    expect(elementLabel('node:node-c/kubelet')).toBe('kubelet on node-c');
    expect(elementLabel('node:node-c/flanneld')).toBe('flanneld on node-c');
    expect(elementLabel('node:node-c')).toBe('node node-c');
    expect(elementLabel('control-plane/ccm')).toBe('the Cloud Controller Manager (CCM)');
    expect(elementLabel('vpc-router')).toBe('the VPC router');
    expect(elementLabel('pod:web-1')).toBe('pod web-1');
  });
});
