import type { OrgData } from '../../../shared/domain/org';
import { DEFAULT_SETTINGS } from '../../../shared/domain/org';
import type { Establishment, Category } from '../../../shared/domain/codes';
import type { Person } from '../../../shared/domain/person';
import type { RoleAssignment } from '../../../shared/domain/role';
import type { Unit } from '../../../shared/domain/unit';
import { dayBefore } from '../../../shared/domain/dates';
import { makeIdNumber } from '../../../shared/text/id-card';
import { seeded } from './random';
import { now } from '../clock';

/**
 * A realistic roster for a municipal 医疗保障局 in 广西: 局机关 科室, 二层单位 with their own 科室
 * (and county branches for large bureaus), staff of every establishment type, valid 身份证号,
 * manager roles with their scopes. Deterministic for a given size.
 */
const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '林',
  '罗',
  '高',
  '梁',
  '韦',
  '蒙',
  '覃',
  '莫',
  '陆',
  '卢',
  '蓝',
  '廖',
  '潘',
  '丁',
  '卜',
  '万',
  '欧阳',
  '司马',
  '农',
  '黎',
  '龙',
  '谭',
  '邓',
];
const GIVEN = [...'伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂兰华建国文斌宁志红玉梅海燕晓东亮丹婷雪琳凯鹏飞宇浩然思远嘉怡欣颖'];
const AREAS = ['450102', '450103', '450105', '450107', '450802', '450803', '450821', '450881', '450203', '450321'];
const ETHNIC = [
  ['汉族', 62],
  ['壮族', 30],
  ['瑶族', 4],
  ['苗族', 2],
  ['侗族', 2],
] as const;
const PLACES = ['广西南宁', '广西贵港', '广西桂平', '广西平南', '广西柳州', '广西玉林', '广西桂林', '湖南永州', '广东湛江'];
const SCHOOLS = [
  '广西大学 公共管理专业',
  '广西医科大学 临床医学专业',
  '广西民族大学 法学专业',
  '广西财经学院 会计学专业',
  '广西师范大学 汉语言文学专业',
  '桂林电子科技大学 计算机科学与技术专业',
  '中南大学 公共卫生专业',
];
const BUREAU_DEPTS = [
  '办公室',
  '组织人事科',
  '规划财务和法规科',
  '待遇保障科',
  '医药服务管理科',
  '医药价格和招标采购科',
  '基金监管科',
  '信息化建设科',
];
const SUBUNITS = [
  ['医疗保障事业管理中心', ['综合科', '稽核科', '结算科', '待遇审核科']],
  ['医疗保障基金监测中心', ['综合科', '监测科']],
] as const;
const COUNTIES = [
  '港北区',
  '港南区',
  '覃塘区',
  '平南县',
  '桂平市',
  '兴宁区',
  '青秀区',
  '江南区',
  '西乡塘区',
  '良庆区',
  '邕宁区',
  '武鸣区',
  '隆安县',
  '马山县',
  '上林县',
  '宾阳县',
  '横州市',
  '兴业县',
  '容县',
  '陆川县',
  '博白县',
  '北流市',
  '藤县',
  '岑溪市',
];

export interface DemoOptions {
  people: number;
  /** Years of history: people joined and moved over this span. */
  years?: number;
  organisation?: string;
  seed?: number;
  today?: Date;
}

export function makeDemoRoster(opts: DemoOptions): OrgData {
  const rng = seeded(opts.seed ?? 20251);
  const today = opts.today ?? now();
  const year = today.getFullYear();
  // Nothing in the future: dates of this year stop at the current month.
  const monthFor = (y: number) => rng.int(1, y >= year ? today.getMonth() + 1 : 12);
  const years = Math.max(1, opts.years ?? 1);
  const units: Unit[] = [];
  const add = (name: string, kind: Unit['kind'], parentId: string | null) => {
    const u: Unit = {
      id: `u-${String(units.length + 1).padStart(3, '0')}`,
      name,
      kind,
      parentId,
      order: units.filter((x) => x.parentId === parentId).length + 1,
      active: true,
    };
    units.push(u);
    return u;
  };
  const bureau = add('局机关', 'bureau', null);
  const bureauDepts = BUREAU_DEPTS.map((n) => add(n, 'department', bureau.id));
  const subunits: { unit: Unit; depts: Unit[] }[] = SUBUNITS.map(([n, ds]) => {
    const unit = add(n, 'subunit', bureau.id);
    return { unit, depts: ds.map((d) => add(d, 'department', unit.id)) };
  });
  // Large bureaus: county branches, each a 二层单位 with three 科室 (≈ 60 units at 5,000 people).
  const counties = Math.min(COUNTIES.length, Math.max(0, Math.ceil((opts.people - 400) / 400)));
  for (let i = 0; i < counties; i++) {
    const unit = add(`${COUNTIES[i]}医疗保障服务中心`, 'subunit', bureau.id);
    subunits.push({ unit, depts: ['综合股', '经办股', '稽核股'].map((d) => add(d, 'department', unit.id)) });
  }

  const people: Person[] = [];
  const roles: RoleAssignment[] = [];
  const usedIds = new Set<string>();
  const allDepts = [...bureauDepts, ...subunits.flatMap((s) => s.depts)];
  const created = `${year - years}-01-01T00:00:00.000Z`;

  const makePerson = (unit: Unit, post: string, rank: string, est: Establishment, cat: Category, minAge = 23): Person => {
    const gender = rng.next() < 0.52 ? '男' : '女';
    const age = rng.int(minAge, 58);
    const by = year - age;
    const bm = rng.int(1, 12);
    const bd = rng.int(1, 28);
    const pad = (n: number) => String(n).padStart(2, '0');
    let idNumber = '';
    for (let seq = rng.int(0, 499) * 2 + (gender === '男' ? 1 : 0); ; seq = (seq + 2) % 1000) {
      idNumber = makeIdNumber(rng.pick(AREAS), `${by}-${pad(bm)}-${pad(bd)}`, seq);
      if (!usedIds.has(idNumber)) break;
    }
    usedIds.add(idNumber);
    const surname = rng.next() < 0.03 ? rng.pick(['欧阳', '司马']) : rng.pick(SURNAMES.slice(0, 33));
    const given = rng.pick(GIVEN) + (rng.next() < 0.7 ? rng.pick(GIVEN) : '');
    const workYear = by + rng.int(21, 25);
    const party = rng.next() < 0.7;
    const joinYear = Math.max(year - years, Math.min(year, workYear + rng.int(0, 15)));
    const joined = `${joinYear}-${pad(monthFor(joinYear))}-01`;
    const ym = (y: number) => `${Math.min(y, year)}.${pad(monthFor(Math.min(y, year)))}`;
    return {
      id: `p-${String(people.length + 1).padStart(5, '0')}`,
      name: surname + given,
      gender,
      ethnicity: rng.weighted(ETHNIC),
      nativePlace: rng.pick(PLACES),
      birth: `${by}.${pad(bm)}`,
      idNumber,
      political: party ? '中共党员' : rng.pick(['群众', '共青团员', '九三学社社员']),
      partyJoined: party ? ym(workYear + rng.int(-3, 8)) : null,
      workStarted: ym(workYear),
      fullTimeEducation: rng.weighted([
        ['大学 学士', 65],
        ['研究生 硕士', 15],
        ['大专', 20],
      ] as const),
      fullTimeSchool: rng.pick(SCHOOLS),
      inServiceEducation: rng.next() < 0.2 ? '研究生 硕士' : null,
      inServiceSchool: null,
      post,
      rank,
      postSince: ym(Math.min(year, workYear + rng.int(3, 20))),
      rankSince: ym(Math.min(year, workYear + rng.int(3, 20))),
      title: null,
      postLevel: null,
      postLevelSince: null,
      postFullTitle: null,
      postShortTitle: null,
      establishment: est,
      category: cat,
      phone: `1${rng.pick(['37', '38', '39', '58', '77', '87'])}${String(rng.int(0, 99999999)).padStart(8, '0')}`,
      note: null,
      // Contract staff's contract runs from the day they joined (no draw from rng: the rest of the demo stays as it was).
      contractStart: est === '编外聘用' ? joined.slice(0, 7).replace('-', '.') : null,
      duties: null,
      unitId: unit.id,
      status: 'active',
      secondedTo: null,
      unitHistory: [{ unitId: unit.id, from: joined, until: null, note: null }],
      statusHistory: [],
      pastResults: [],
      createdAt: created,
      updatedAt: created,
    };
  };
  const role = (p: Person, kind: RoleAssignment['kind'], unitId: string, supervised: string[] = []) =>
    roles.push({
      id: `r-${String(roles.length + 1).padStart(4, '0')}`,
      personId: p.id,
      kind,
      unitId,
      supervisedUnitIds: supervised,
      from: `${year - years}-01-01`,
      until: null,
    });

  // 局领导 belong to the bureau itself, not to one of its 科室 (the tree shows them as 局机关本级).
  const chief = makePerson(bureau, '党组书记、局长', '一级调研员', '行政编制', '公务员', 45);
  people.push(chief);
  role(chief, 'principal', bureau.id);
  // Each person is pushed as soon as it is made: ids are numbered from people.length.
  const deputies = ['党组成员、副局长', '党组成员、副局长', '党组成员、纪检监察组组长'].map((post) => {
    const d = makePerson(bureau, post, '二级调研员', '行政编制', '公务员', 40);
    people.push(d);
    return d;
  });
  const supervisable = [...bureauDepts, ...subunits.map((s) => s.unit)];
  deputies.forEach((d, i) => {
    role(
      d,
      'leadershipMember',
      bureau.id,
      supervisable.filter((_, j) => j % deputies.length === i).map((u) => u.id),
    );
  });
  // Each 二层单位 has its own leaders (主任, 副主任) at the unit itself, above its 科室.
  for (const s of subunits) {
    for (const post of ['主任', '副主任']) {
      const l = makePerson(
        s.unit,
        post,
        post === '主任' ? '一级主任科员' : '二级主任科员',
        '事业编制（参公）',
        '参照管理事业单位工作人员',
        38,
      );
      people.push(l);
      role(l, 'subunitLeader', s.unit.id);
    }
  }

  const budget = Math.max(opts.people - people.length, allDepts.length * 2);
  const perDept = budget / allDepts.length;
  let made = 0;
  allDepts.forEach((dept, i) => {
    const inBureau = dept.parentId === bureau.id;
    const target = Math.round(perDept * (i + 1)) - Math.round(perDept * i);
    for (let k = 0; k < target && made < budget; k++, made++) {
      const head = k === 0;
      let est: Establishment;
      let cat: Category;
      if (inBureau) {
        [est, cat] = rng.weighted([
          [['行政编制', '公务员'], 70],
          [['编外聘用', '编外聘用人员'], 18],
          [['合署办公', '合署办公人员'], 4],
          [['工勤编制', '机关工勤人员'], 8],
        ] as const);
      } else {
        [est, cat] = rng.weighted([
          [['事业编制（参公）', '参照管理事业单位工作人员'], 45],
          [['事业编制（其他）', '事业单位管理人员'], 25],
          [['编外聘用', '编外聘用人员'], 25],
          [['工勤编制', '事业单位工勤人员'], 5],
        ] as const);
      }
      if (head) [est, cat] = inBureau ? ['行政编制', '公务员'] : ['事业编制（参公）', '参照管理事业单位工作人员'];
      const post = head ? '科长' : est === '编外聘用' ? '聘用人员' : rng.pick(['科员', '科员', '科员', '副科长']);
      const rank =
        est === '编外聘用' || est === '合署办公'
          ? ''
          : head
            ? '一级主任科员'
            : rng.pick(['四级主任科员', '一级科员', '二级科员', '三级主任科员']);
      const p = makePerson(dept, post, rank, est, cat, head ? 32 : 22);
      if (!rank) p.rank = null;
      people.push(p);
      if (head) role(p, 'departmentHead', dept.id);
      if (dept.name === '组织人事科' && head) role(p, 'personnelHead', bureau.id);
    }
  });
  // History: some people moved between units, a few are seconded out or have left.
  for (const p of people) {
    if (years > 1 && rng.next() < 0.12 && !roles.some((r) => r.personId === p.id)) {
      const fromUnit = rng.pick(allDepts);
      const moveYear = year - rng.int(0, years - 1);
      const move = `${moveYear}-${String(monthFor(moveYear)).padStart(2, '0')}-01`;
      const first = p.unitHistory[0];
      if (fromUnit.id !== p.unitId && move > first.from) {
        p.unitHistory = [
          { unitId: fromUnit.id, from: first.from, until: dayBefore(move), note: null },
          { unitId: p.unitId, from: move, until: null, note: '工作需要' },
        ];
      }
    }
    const r = rng.next();
    if (r < 0.01 && !roles.some((x) => x.personId === p.id)) {
      p.status = 'seconded';
      p.secondedTo = rng.pick(['市委巡察办', '市乡村振兴局', '自治区医疗保障局']);
      p.statusHistory.push({
        status: 'seconded',
        on: `${year}-${String(monthFor(year)).padStart(2, '0')}-01`,
        secondedTo: p.secondedTo,
        note: null,
      });
    } else if (r < 0.02 && !roles.some((x) => x.personId === p.id)) {
      p.status = 'left';
      p.statusHistory.push({ status: 'left', on: `${year}-${String(monthFor(year)).padStart(2, '0')}-01`, secondedTo: null, note: '辞职' });
    }
  }
  return {
    organisation: { name: opts.organisation ?? '贵港市医疗保障局', createdAt: created },
    units,
    people,
    roles,
    settings: { ...DEFAULT_SETTINGS },
  };
}
