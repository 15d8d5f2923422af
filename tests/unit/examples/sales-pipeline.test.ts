import { describe, expect, it } from 'vitest';
import { pipelineCoverage, weightedPipeline } from '@/lib/formulas/pipeline';
import { entryText, figure } from './entry';

// The entry's example: one quarter's open deals by stage, against a €400,000 target.
const stages = [
  { value: 400_000, probability: 0.1 },
  { value: 300_000, probability: 0.25 },
  { value: 240_000, probability: 0.5 },
  { value: 160_000, probability: 0.75 },
];
const target = 400_000;
const pipelineValue = stages.reduce((sum, stage) => sum + stage.value, 0);

describe('sales pipeline worked example', () => {
  it.each(['it', 'en'] as const)('states the weighted pipeline the formula gives (%s)', (locale) => {
    const text = entryText('sales-pipeline', locale);
    const written = locale === 'it' ? '355.000 €' : '€355,000';
    expect(text).toContain(`**${written}**`);
    expect(figure(written, locale)).toBe(Math.round(weightedPipeline(stages)));
  });

  it.each(['it', 'en'] as const)('states the pipeline value and the shortfall against the target (%s)', (locale) => {
    const text = entryText('sales-pipeline', locale);
    const [total, shortfall] = locale === 'it' ? ['1.100.000 €', '45.000 €'] : ['€1,100,000', '€45,000'];
    expect(text).toContain(`**${total}**`);
    expect(figure(total, locale)).toBe(pipelineValue);
    expect(text).toContain(shortfall);
    expect(figure(shortfall, locale)).toBe(target - Math.round(weightedPipeline(stages)));
  });

  it.each([
    ['it', ['40.000 €', '75.000 €', '120.000 €', '120.000 €']],
    ['en', ['€40,000', '€75,000', '€120,000', '€120,000']],
  ] as const)('states each stage’s weighted value (%s)', (locale, written) => {
    const text = entryText('sales-pipeline', locale);
    stages.forEach((stage, index) => {
      expect(text).toContain(`| ${written[index]} |`);
      expect(figure(written[index]!, locale)).toBe(weightedPipeline([stage]));
    });
  });

  it.each(['it', 'en'] as const)('states the coverage the formula gives (%s)', (locale) => {
    const text = entryText('sales-pipeline', locale);
    const written = locale === 'it' ? '2,75×' : '2.75×';
    expect(text).toContain(`**${written}**`);
    expect(figure(written, locale)).toBe(Number(pipelineCoverage(pipelineValue, target).toFixed(2)));
  });
});
