import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fillText, PLACEHOLDERS, placeholdersIn, templateValues, type TemplateFacts } from '../../shared/forms/placeholders';
import { findingSentences, textFindings } from '../../shared/forms/template-problems';

const facts: TemplateFacts = {
  org: '测试市医疗保障局',
  periodLabel: '2025年第一季度',
  year: 2025,
  span: '2025年1月1日至2025年3月31日',
  name: '丁一',
  gender: '女',
  birth: '1990.05',
  ethnicity: '汉族',
  nativePlace: null,
  political: '中共党员',
  workStarted: null,
  education: '大学本科',
  unit: '办公室',
  post: '科员',
  rank: '四级主任科员',
  postAndRank: '科员（四级主任科员）',
  category: '公务员',
  establishment: '行政编制',
  duties: null,
  workRecords: [
    { date: '2025-02-12', content: '专项检查', progress: '进行中', note: null },
    { date: '2025-01-06', content: '起草要点', progress: '已完成', note: '按时' },
  ],
  workRecordText: '本期工作纪实共 2 条：',
  selfSummary: '认真学习。',
  attendance: null,
  incidents: [
    {
      date: '2025-02-20',
      kind: '工作推进不理想',
      reason: '进度滞后',
      handling: '提醒谈话',
      docNo: null,
      tolerance: '免责（医保党〔2025〕3号）',
    },
  ],
  incidentText: '2025年2月20日　工作推进不理想：进度滞后（提醒谈话）',
  review: { comment: '工作认真', score: 95, proposed: 'good', reviewer: '王五' },
  reviewText: '工作认真\n评鉴得分：95　考核等次建议：好',
  grade: 'fair',
  decision: '经审定，2025年第一季度平时考核等次为“较好”。',
  undetermined: null,
  gradeReasons: '“好”等次名额已满，按分数排在第 3 名，改为“较好”',
  today: '2026年12月7日',
};

describe('the placeholder catalogue', () => {
  it('names each placeholder once, describes it, and the README lists every one', async () => {
    const names = PLACEHOLDERS.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const p of PLACEHOLDERS) expect(p.description.length, p.name).toBeGreaterThan(1);
    const readme = await readFile(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');
    for (const p of PLACEHOLDERS) expect(readme, p.name).toContain(p.kind === 'text' ? `\`{{${p.name}}}\`` : `\`{{#${p.name}}}\``);
  });

  it('values one person: texts, tick boxes, lists in date order, conditions', () => {
    const v = templateValues(facts);
    expect(v['姓名']).toBe('丁一');
    expect(v['单位及职务职级']).toBe('办公室 科员（四级主任科员）');
    expect(v['旷工天数']).toBe('\u3000\u3000'); // no 小结 yet: room to write by hand
    expect(v['等次']).toBe('较好');
    expect(v['等次勾选']).toBe('□好\u3000☑较好\u3000□一般\u3000□较差');
    expect(v['建议等次勾选']).toBe('☑好\u3000□较好\u3000□一般\u3000□较差');
    expect(v['等次说明']).toContain('名额已满');
    expect(v['工作纪实条目']).toEqual([
      { 日期: '2025年1月6日', 工作内容: '起草要点', 完成情况: '已完成', 备注: '按时' },
      { 日期: '2025年2月12日', 工作内容: '专项检查', 完成情况: '进行中', 备注: '' },
    ]);
    expect(v['有容错']).toBe(true);
    expect(v['等次为较好']).toBe(true);
    expect(v['等次为好']).toBe(false);
    for (const p of PLACEHOLDERS)
      expect(typeof v[p.name], p.name).toBe(p.kind === 'text' ? 'string' : p.kind === 'list' ? 'object' : 'boolean');
  });

  it('fills text around placeholders and never leaves one, whatever the text', () => {
    expect(
      fillText('旷工{{ 旷工天数 }}天，{{等次}}', templateValues({ ...facts, attendance: { absentDays: 1, leaveDays: 0, lateTimes: 0 } })),
    ).toBe('旷工1天，较好');
    const names = PLACEHOLDERS.filter((p) => p.kind === 'text').map((p) => p.name);
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...names).map((n) => `{{${n}}}`),
            fc.string({ maxLength: 5 }).filter((s) => !/[{}]/.test(s)),
          ),
        ),
        (parts) => {
          const text = parts.join('');
          const filled = fillText(text, templateValues(facts));
          expect(placeholdersIn(filled)).toEqual([]);
          expect(textFindings(text, 'A1', 'xlsx')).toEqual([]);
        },
      ),
    );
  });

  it('tells each kind of problem once, naming every place', () => {
    const findings = [
      ...textFindings('{{职称}}', 'B5', 'xlsx'),
      ...textFindings('{{ 职称 }}与{{科室}}', 'D9', 'xlsx'),
      ...textFindings('{{#有容错}}', 'C3', 'xlsx'),
      ...textFindings('｛｛姓名｝｝', 'A1', 'xlsx'),
      ...textFindings('{{姓名}', 'A2', 'xlsx'),
      ...textFindings('{{#有容错}}', '', 'docx'),
      ...textFindings('{{名字}}', 'E1', 'xlsx'),
    ];
    const said = findingSentences(findings);
    expect(said).toHaveLength(4);
    expect(said[0]).toContain('“｛｛姓名｝｝”（A1）');
    expect(said[1]).toContain('“{{姓名}”（A2）的大括号不成对');
    expect(said[2]).toContain('“{{职称}}”（B5）、“{{职称}}”（D9）、“{{科室}}”（D9）、“{{名字}}”（E1）不是程序认识的占位符');
    expect(said[2]).toContain('“{{名字}}”是不是“{{姓名}}”');
    expect(said[3]).toContain('“{{#有容错}}”（C3）是列表或条件');
  });
});
