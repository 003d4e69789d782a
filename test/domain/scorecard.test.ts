import { SCORECARD_RULES, gradeOf, linearScore, scoreQuarter } from '../../src/domain/scorecard';

const none = { medianAcceptHours: null, medianFixHours: null, reopenRate: null, averageRating: null };

describe('scorecard formula', () => {
  it('gives full marks at the service bound, nothing at the zero bound, and a straight line between', () => {
    expect(scoreQuarter([10], { ...none, medianAcceptHours: 24 }).parts.accept).toBe(100);
    expect(scoreQuarter([10], { ...none, medianAcceptHours: 0.5 }).parts.accept).toBe(100);
    expect(scoreQuarter([10], { ...none, medianAcceptHours: 48 }).parts.accept).toBe(50);
    expect(scoreQuarter([10], { ...none, medianAcceptHours: 72 }).parts.accept).toBe(0);
    expect(scoreQuarter([10], { ...none, medianAcceptHours: 500 }).parts.accept).toBe(0);
    expect(scoreQuarter([10], { ...none, medianFixHours: 72 }).parts.fix).toBe(100);
    expect(scoreQuarter([10], { ...none, medianFixHours: 336 }).parts.fix).toBe(0);
    expect(scoreQuarter([10], { ...none, reopenRate: 0 }).parts.reopen).toBe(100);
    expect(scoreQuarter([10], { ...none, reopenRate: 15 }).parts.reopen).toBe(50);
    expect(scoreQuarter([10], { ...none, reopenRate: 30 }).parts.reopen).toBe(0);
    expect(scoreQuarter([10], { ...none, averageRating: 5 }).parts.rating).toBe(100);
    expect(scoreQuarter([10], { ...none, averageRating: 3 }).parts.rating).toBe(50);
    expect(scoreQuarter([10], { ...none, averageRating: 1 }).parts.rating).toBe(0);
  });

  it('weighs the inspection 60% and the service 40%', () => {
    const card = scoreQuarter([10, 10, 10, 10, 10, 10], { medianAcceptHours: 72, medianFixHours: 336, reopenRate: 30, averageRating: 1 });
    expect(card).toMatchObject({ inspection: 100, service: 0, total: 60, grade: '合格' });
    expect(scoreQuarter([0, 0, 0, 0, 0, 0], { medianAcceptHours: 1, medianFixHours: 1, reopenRate: 0, averageRating: 5 }).total).toBe(40);
  });

  it('leaves a missing figure out of the service average, and scores on the inspection alone when nothing was measured', () => {
    expect(scoreQuarter([8], { ...none, averageRating: 5, reopenRate: 30 }).service).toBe(50);
    expect(scoreQuarter([8, 6], none)).toMatchObject({ inspection: 70, service: null, total: 70, grade: '合格' });
  });

  it('has no total without a complete inspection', () => {
    expect(scoreQuarter(null, { ...none, averageRating: 5 })).toMatchObject({ inspection: null, total: null, grade: null, service: 100 });
  });

  it('grades at the bounds: 90 is 优秀, 89.9 良好, 80 良好, 60 合格, 59.9 不合格', () => {
    expect([gradeOf(90), gradeOf(89.9), gradeOf(80), gradeOf(79.9), gradeOf(60), gradeOf(59.9), gradeOf(0)]).toEqual(['优秀', '良好', '良好', '合格', '合格', '不合格', '不合格']);
  });

  it('clamps outside either bound whichever way the scale runs', () => {
    expect(linearScore(6, 5, 1)).toBe(100);
    expect(linearScore(0, 5, 1)).toBe(0);
    expect(linearScore(-1, 0, 30)).toBe(100);
  });

  it('says the formula in words with the same numbers it uses', () => {
    const words = SCORECARD_RULES.join('\n');
    expect(words).toContain('60%');
    expect(words).toContain('24 小时内得满分');
    expect(words).toContain('72 小时及以上得 0 分');
    expect(words).toContain('14 天及以上得 0 分');
    expect(words).toContain('30% 及以上得 0 分');
  });
});
