import { describe, expect, it } from 'vitest';
import { inferQuestionType, isSpanQuestion, questionsFrom, spanQuestionsFrom, typeOfAnswer } from './argilla-questions.js';

describe('Argilla questions', () => {
  it('reads every question of the settings with its type; span questions keep their field', () => {
    const settings = [
      { name: 'entities', settings: { type: 'span', field: 'report' } },
      { name: 'severity', settings: { type: 'label_selection', options: [{ value: 'low' }] } },
      { name: 'score', type: 'rating' },
      null,
      { settings: { type: 'text' } },
    ];
    expect(questionsFrom(settings)).toEqual([
      { name: 'entities', type: 'span', field: 'report' },
      { name: 'severity', type: 'label_selection' },
      { name: 'score', type: 'rating' },
    ]);
    expect(spanQuestionsFrom(settings)).toEqual([{ name: 'entities', field: 'report' }]);
    expect(isSpanQuestion({ name: 'entities', field: 'text' })).toBe(true);
    expect(isSpanQuestion({ name: 'severity', type: 'label_selection' })).toBe(false);
  });

  it('tells a type from an answer only where its shape does', () => {
    expect(typeOfAnswer([{ label: 'PORT', start: 0, end: 3 }])).toBe('span');
    expect(typeOfAnswer([['PORT', 0, 3]])).toBe('span');
    expect(typeOfAnswer([{ value: 'a', rank: 1 }])).toBe('ranking');
    expect(typeOfAnswer(['fire', 'hull'])).toBe('multi_label_selection');
    expect(typeOfAnswer(4)).toBe('rating');
    expect(typeOfAnswer('high')).toBeNull();
    expect(typeOfAnswer([])).toBeNull();
    expect(inferQuestionType([[], ['fire'], null, ['hull']])).toBe('multi_label_selection');
    expect(inferQuestionType([4, ['fire']])).toBeNull();
  });
});
