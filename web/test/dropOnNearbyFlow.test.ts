import { describe, expect, it } from 'vitest';
import { nearestOnFlow } from '@/designer/canvas/dropOnNearbyFlow.ts';
import { translateCanvasText } from '@/designer/canvas/canvasTranslation.ts';
import { applyLocale } from '@/i18n/i18n.ts';

describe('a step dropped near a flow', () => {
  // the 不同意 flow of 签报: down from the gateway, then right to 未予同意
  const flow = [
    { x: 580, y: 225 },
    { x: 580, y: 330 },
    { x: 822, y: 330 },
  ];

  it('finds the point of the flow under the middle of the step, and how far the pointer is from it', () => {
    expect(nearestOnFlow(flow, { x: 700, y: 348 })).toEqual({ point: { x: 700, y: 330 }, distance: 18 });
    expect(nearestOnFlow(flow, { x: 560, y: 260 })).toEqual({ point: { x: 580, y: 260 }, distance: 20 });
  });

  it('measures to the ends of the flow beyond its last point', () => {
    expect(nearestOnFlow(flow, { x: 900, y: 330 })).toEqual({ point: { x: 822, y: 330 }, distance: 78 });
  });

  it('has nothing to offer for a flow without segments', () => {
    expect(nearestOnFlow([{ x: 0, y: 0 }], { x: 1, y: 1 })).toBeNull();
  });
});

describe("the canvas' own texts", () => {
  it('speak Chinese when the interface does, English otherwise, with placeholders filled', () => {
    applyLocale('zh-CN');
    expect(translateCanvasText('Append task')).toBe('追加任务');
    expect(translateCanvasText('Open {element}', { element: '子流程' })).toBe('打开子流程');
    applyLocale('en');
    expect(translateCanvasText('Append task')).toBe('Append task');
    expect(translateCanvasText('Open {element}', { element: 'Sub-process' })).toBe('Open Sub-process');
  });
});
