import { describe, expect, it } from 'vitest';
import type { Requirement } from '../types';
import { requirementDefaults } from '../rows/requirement';
import { escapeInline, prdFileName, requirementToMarkdown, type PrdContext } from './prdMarkdown';

function requirement(overrides: Partial<Requirement> = {}): Requirement {
  return {
    ...requirementDefaults(),
    id: 'r1',
    productId: 'p',
    title: 'Price alerts',
    description: '## Why\nUsers ask weekly.',
    type: 'feature',
    priority: 'P1',
    ownerId: 'm1',
    tags: ['growth'],
    dueDate: '2026-05-01',
    acceptanceCriteria: [
      { id: 'c1', text: 'Alert within 5 minutes', done: true },
      { id: 'c2', text: 'Works offline', done: false },
    ],
    stageId: 's1',
    rank: 'a0',
    state: 'active',
    initiativeId: null,
    notes: [{ id: 'n1', authorId: 'm1', at: '2026-01-02T00:00:00.000Z', text: 'Checked with **sales**.' }],
    links: [{ id: 'l1', label: 'PRD', url: 'https://wiki.example.com/prd' }],
    startDate: null,
    estimate: 5,
    dueDone: false,
    source: 'interview',
    successMetric: { name: 'Weekly alerts opened', unit: '%', baseline: 10, target: 25, actual: null },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-03T00:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

const context: PrdContext = {
  labels: {
    meta: 'Details',
    field: 'Field',
    value: 'Value',
    stage: 'Stage',
    type: 'Type',
    priority: 'Priority',
    owner: 'Owner',
    due: 'Due date',
    estimate: 'Estimate',
    source: 'Source',
    tags: 'Tags',
    created: 'Created',
    updated: 'Updated',
    description: 'Description',
    criteria: 'Acceptance criteria',
    metric: 'Success metric',
    metricName: 'Metric',
    baseline: 'Baseline',
    target: 'Target',
    actual: 'Actual',
    links: 'Links',
    notes: 'Notes',
    none: 'none',
  },
  stageName: 'Design',
  typeName: 'Feature',
  sourceName: 'Interview',
  memberName: (id) => (id === 'm1' ? 'Lin Wei' : null),
  formatDateTime: (iso) => iso.slice(0, 10),
  formatNumber: (n) => String(n),
};

describe('requirementToMarkdown', () => {
  it('writes title, meta table, description, criteria, metric, links and notes in that order', () => {
    const text = requirementToMarkdown(requirement(), context);
    expect(text.startsWith('# Price alerts\n')).toBe(true);
    expect(text).toContain('| Stage | Design |');
    expect(text).toContain('| Owner | Lin Wei |');
    expect(text).toContain('| Estimate | 5 |');
    expect(text).toContain('| Source | Interview |');
    expect(text).toContain('## Why\nUsers ask weekly.');
    expect(text).toContain('- [x] Alert within 5 minutes\n- [ ] Works offline');
    expect(text).toContain('- Baseline: 10 %\n- Target: 25 %');
    expect(text).toContain('- [PRD](https://wiki.example.com/prd)');
    expect(text).toContain('### Lin Wei · 2026-01-02\n\nChecked with **sales**.');
    const order = [
      '# Price alerts',
      '## Details',
      '## Description',
      '## Acceptance criteria',
      '## Success metric',
      '## Links',
      '## Notes',
    ].map((h) => text.indexOf(h));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(order.every((i) => i >= 0)).toBe(true);
  });

  it('escapes one-line user text so it cannot break the table, add links or inject HTML', () => {
    const text = requirementToMarkdown(
      requirement({
        title: 'A | B *bold* <script>x</script>\nsecond line',
        tags: ['a|b'],
        acceptanceCriteria: [{ id: 'c', text: '[click](javascript:alert(1))', done: false }],
        links: [{ id: 'l', label: 'x](javascript:alert(1)) [y', url: 'https://ok.example.com/a(b)' }],
      }),
      context,
    );
    expect(text.split('\n')[0]).toBe('# A \\| B \\*bold\\* \\<script\\>x\\</script\\> second line');
    expect(text).toContain('| Tags | a\\|b |');
    expect(text).toContain('- [ ] \\[click\\](javascript:alert(1))');
    expect(text).not.toMatch(/(?<!\\)\]\(javascript:/);
    expect(text).toContain('- [x\\](javascript:alert(1)) \\[y](https://ok.example.com/a%28b%29)');
  });

  it('lists an unsafe link address as text, never as a link', () => {
    const text = requirementToMarkdown(
      requirement({ links: [{ id: 'l', label: '', url: 'javascript:alert(1)' }] }),
      context,
    );
    expect(text).toContain('- javascript:alert(1)');
    expect(text).not.toContain('](javascript:');
  });

  it('shows raw HTML in the description as text', () => {
    const text = requirementToMarkdown(requirement({ description: 'Hi <img src=x onerror=alert(1)>' }), context);
    expect(text).toContain('Hi &lt;img src=x onerror=alert(1)>');
  });

  it('leaves out empty sections and says "none" for empty fields', () => {
    const text = requirementToMarkdown(
      requirement({
        acceptanceCriteria: [],
        links: [],
        notes: [],
        successMetric: null,
        ownerId: null,
        description: '',
      }),
      context,
    );
    expect(text).toContain('| Owner | none |');
    expect(text).not.toContain('## Acceptance criteria');
    expect(text).not.toContain('## Links');
    expect(text).not.toContain('## Notes');
    expect(text).not.toContain('## Success metric');
  });
});

describe('escapeInline', () => {
  it('keeps ordinary text, Chinese included, as it is', () => {
    expect(escapeInline('价格提醒 v1.2 - beta')).toBe('价格提醒 v1.2 - beta');
  });
});

describe('prdFileName', () => {
  it('drops characters file systems refuse', () => {
    expect(prdFileName('A/B: "C"?')).toBe('A B C.md');
    expect(prdFileName('   ')).toBe('requirement.md');
  });
});
