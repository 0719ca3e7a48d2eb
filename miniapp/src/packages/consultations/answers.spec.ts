import { describe, expect, it } from '@jest/globals';
import type { ConsultationQuestion } from '@portal/shared';
import { checkAnswers, emptyAnswers, leadingOptions, maxChoices, newResponseKey, optionShares, questionIdOfField, textMax, toggleChoice, toRequest } from './answers';

const options = (n: number) => Array.from({ length: n }, (_, i) => ({ id: String.fromCharCode(97 + i), label: `选项${i + 1}` }));
const single: ConsultationQuestion = { id: 'q1', kind: 'single', prompt: '是否支持？', required: true, options: options(4), maxChoices: null, maxLength: null };
const multiple: ConsultationQuestion = { id: 'q2', kind: 'multiple', prompt: '最多选3项', required: false, options: options(6), maxChoices: 3, maxLength: null };
const text: ConsultationQuestion = { id: 'q3', kind: 'text', prompt: '其他意见', required: false, options: [], maxChoices: null, maxLength: 10 };
const questions = [single, multiple, text];

describe('choosing', () => {
  it('single choice keeps the last option tapped', () => {
    expect(toggleChoice(single, ['a'], 'c')).toEqual({ choices: ['c'], full: false });
    expect(maxChoices(single)).toBe(1);
  });

  it('multiple choice toggles, keeps the options’ order, and refuses a choice beyond the maximum', () => {
    let state = toggleChoice(multiple, [], 'd');
    state = toggleChoice(multiple, state.choices, 'a');
    expect(state).toEqual({ choices: ['a', 'd'], full: false });
    state = toggleChoice(multiple, state.choices, 'f');
    expect(state).toEqual({ choices: ['a', 'd', 'f'], full: false });
    expect(toggleChoice(multiple, state.choices, 'b')).toEqual({ choices: ['a', 'd', 'f'], full: true });
    expect(toggleChoice(multiple, state.choices, 'd')).toEqual({ choices: ['a', 'f'], full: false });
    expect(maxChoices({ ...multiple, maxChoices: null })).toBe(6);
  });

  it('free text has the question’s limit, or the default, never above the cap', () => {
    expect(textMax(text)).toBe(10);
    expect(textMax({ ...text, maxLength: null })).toBe(500);
    expect(textMax({ ...text, maxLength: 99_999 })).toBe(2000);
  });
});

describe('checking answers', () => {
  it('a required question must be answered; optional ones may be left', () => {
    expect(checkAnswers(questions, emptyAnswers(questions))).toEqual({ q1: 'missing' });
  });

  it('too many choices or too long a text are named at their question', () => {
    const answers = { q1: { choices: ['a'], text: '' }, q2: { choices: ['a', 'b', 'c', 'd'], text: '' }, q3: { choices: [], text: '一二三四五六七八九十十一' } };
    expect(checkAnswers(questions, answers)).toEqual({ q2: 'tooMany', q3: 'tooLong' });
  });

  it('spaces alone are no answer, and count for nothing in the length', () => {
    const answers = { q1: { choices: ['b'], text: '' }, q2: { choices: [], text: '' }, q3: { choices: [], text: '  一二三四五六七八九十  ' } };
    expect(checkAnswers(questions, answers)).toEqual({});
    expect(checkAnswers([{ ...text, required: true }], { q3: { choices: [], text: '   ' } })).toEqual({ q3: 'missing' });
  });

  it('sends one answer per question in question order, and reads the BFF’s field names back', () => {
    const answers = { q1: { choices: ['b'], text: '' }, q2: { choices: ['a', 'c'], text: '' }, q3: { choices: [], text: ' 好 ' } };
    expect(toRequest(questions, answers)).toEqual({
      answers: [
        { questionId: 'q1', choices: ['b'] },
        { questionId: 'q2', choices: ['a', 'c'] },
        { questionId: 'q3', text: '好' },
      ],
    });
    expect(questionIdOfField('answers.1.choices', questions)).toBe('q2');
    expect(questionIdOfField('answers.2', questions)).toBe('q3');
    expect(questionIdOfField('answers.9.text', questions)).toBeUndefined();
    expect(questionIdOfField('title', questions)).toBeUndefined();
  });
});

describe('results', () => {
  it('shares are of those who answered the question, rounded half up', () => {
    const shares = optionShares({ answered: 8, options: [{ id: 'a', label: '支持', count: 5 }, { id: 'b', label: '不支持', count: 3 }, { id: 'c', label: '说不清', count: 0 }] });
    expect(shares.map((s) => s.percent)).toEqual([63, 38, 0]);
    expect(shares[0].width).toBeCloseTo(62.5);
  });

  it('multiple-choice shares may add up past 100, and nobody answering is 0, not a division by zero', () => {
    expect(optionShares({ answered: 2, options: [{ id: 'a', label: 'x', count: 2 }, { id: 'b', label: 'y', count: 1 }] }).map((s) => s.percent)).toEqual([100, 50]);
    expect(optionShares({ answered: 0, options: [{ id: 'a', label: 'x', count: 0 }] })).toEqual([{ id: 'a', label: 'x', count: 0, percent: 0, width: 0 }]);
  });

  it('names the leading option, both on a tie, none without answers', () => {
    expect(leadingOptions({ options: [{ id: 'a', label: 'x', count: 4 }, { id: 'b', label: 'y', count: 4 }, { id: 'c', label: 'z', count: 1 }] })).toEqual(['a', 'b']);
    expect(leadingOptions({ options: [{ id: 'a', label: 'x', count: 0 }] })).toEqual([]);
  });

  it('response keys differ per draft and name the consultation', () => {
    const a = newResponseKey('chengdu-park', 1, () => 0.1);
    const b = newResponseKey('chengdu-park', 1, () => 0.2);
    expect(a).not.toBe(b);
    expect(a.startsWith('cr-chengdu-park-')).toBe(true);
  });
});
