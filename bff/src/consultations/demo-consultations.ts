import type { CityId, ConsultationQuestion } from '@portal/shared';

/** When a demo consultation runs, in days from the day it is seeded (China dates). */
export type DemoWindow = 'open' | 'closed' | 'upcoming';

export interface DemoConsultation {
  id: string;
  city: CityId;
  departmentId: string;
  window: DemoWindow;
  title: string;
  summary: string;
  questions: ConsultationQuestion[];
  /** Closed ones: how many responses, and the department's account of what it adopted. */
  responses?: number;
  adoption?: string;
}

const single = (id: string, prompt: string, labels: string[], required = true): ConsultationQuestion => ({
  id,
  kind: 'single',
  prompt,
  required,
  options: labels.map((label, i) => ({ id: String.fromCharCode(97 + i), label })),
  maxChoices: null,
  maxLength: null,
});
const multiple = (id: string, prompt: string, labels: string[], maxChoices: number | null, required = false): ConsultationQuestion => ({
  id,
  kind: 'multiple',
  prompt,
  required,
  options: labels.map((label, i) => ({ id: String.fromCharCode(97 + i), label })),
  maxChoices,
  maxLength: null,
});
const text = (id: string, prompt: string, maxLength = 500): ConsultationQuestion => ({ id, kind: 'text', prompt, required: false, options: [], maxChoices: null, maxLength });

const SUPPORT = ['支持', '基本支持', '不支持', '说不清'];

/** One open, one closed (with results and adoption) and one upcoming consultation per city. */
export const DEMO_CONSULTATIONS: readonly DemoConsultation[] = [
  {
    id: 'chengdu-park-city-regulation',
    city: 'chengdu',
    departmentId: 'chengdu-zjj',
    window: 'open',
    title: '成都市公园城市建设条例（草案）征求意见',
    summary:
      '草案共七章四十八条，明确公园城市规划建设、生态保护修复、绿道体系和社区公园配建标准，提出新建居住区按人均不少于2平方米配建社区公园，锦城绿道沿线新增设施须向公众开放。现公开征求社会各界意见。',
    questions: [
      single('q1', '您是否支持草案提出的社区公园配建标准？', SUPPORT),
      multiple('q2', '您最希望优先建设哪些设施？（最多选3项）', ['口袋公园', '绿道驿站', '儿童游乐场地', '健身步道', '公共厕所', '无障碍设施'], 3),
      text('q3', '对草案的其他意见和建议'),
    ],
  },
  {
    id: 'chengdu-parking-fees-2026',
    city: 'chengdu',
    departmentId: 'chengdu-jtj',
    window: 'closed',
    title: '成都市中心城区机动车停放服务收费管理办法（征求意见稿）',
    summary: '拟按区域、时段实行差别化收费，路内停车首30分钟免费，居住区周边夜间停车实行优惠。',
    questions: [
      single('q1', '您是否支持路内停车首30分钟免费？', SUPPORT),
      multiple('q2', '您认为哪些区域应提高收费标准？', ['春熙路—太古里商圈', '医院周边', '学校周边', '交通枢纽'], null),
      text('q3', '其他意见和建议', 300),
    ],
    responses: 128,
    adoption:
      '共收到有效意见128份。采纳“医院周边设置短时免费停车”的建议，在正式办法中增加医院周边路内泊位首60分钟免费；部分采纳“学校周边差别化收费”的建议，仅在上下学时段执行；未采纳“全面取消夜间收费”的建议，理由是夜间泊位周转率仍需调节。',
  },
  {
    id: 'chengdu-waste-sorting-revision',
    city: 'chengdu',
    departmentId: 'chengdu-cgw',
    window: 'upcoming',
    title: '成都市生活垃圾管理条例修订（征求意见稿）',
    summary: '拟调整投放点设置和收运时间要求，完善可回收物回收体系。',
    questions: [single('q1', '您是否支持延长定时定点投放时段？', SUPPORT), text('q2', '其他意见和建议')],
  },
  {
    id: 'shanghai-household-waste-revision',
    city: 'shanghai',
    departmentId: 'shanghai-lhsr',
    window: 'open',
    title: '上海市生活垃圾管理条例修订',
    summary:
      '修订草案拟完善定时定点投放与误时投放点设置，明确快递、外卖包装减量责任，加大对可回收物体系建设的支持，并调整对违规投放行为的处罚梯度。现向社会公开征求意见。',
    questions: [
      single('q1', '您所在小区目前的定时定点投放时段是否方便？', ['很方便', '基本方便', '不方便']),
      multiple('q2', '您认为修订应重点解决哪些问题？（最多选2项）', ['误时投放', '包装过度', '可回收物回收难', '湿垃圾破袋'], 2),
      text('q3', '对修订草案的具体意见', 500),
    ],
  },
  {
    id: 'shanghai-non-motor-vehicles',
    city: 'shanghai',
    departmentId: 'shanghai-jtw',
    window: 'closed',
    title: '上海市非机动车安全管理条例（修订草案）',
    summary: '拟规范电动自行车通行、停放和充电管理，明确外卖骑手企业安全责任。',
    questions: [
      single('q1', '您是否支持电动自行车集中充电管理？', SUPPORT),
      multiple('q2', '您认为最需要规范的行为有哪些？', ['闯红灯', '逆行', '占用人行道', '违规载人'], null),
      text('q3', '其他意见和建议', 300),
    ],
    responses: 96,
    adoption: '共收到有效意见96份。采纳“新建住宅小区同步配建集中充电设施”的建议；对“外卖平台承担骑手违法记分连带责任”的建议，将在配套规定中进一步研究。',
  },
  {
    id: 'shanghai-smoking-control-revision',
    city: 'shanghai',
    departmentId: 'shanghai-wsjkw',
    window: 'upcoming',
    title: '上海市公共场所控制吸烟条例修订（征求意见稿）',
    summary: '拟将电子烟纳入控烟范围，扩大室外禁烟区域。',
    questions: [single('q1', '您是否支持将电子烟纳入控烟范围？', SUPPORT), text('q2', '其他意见和建议')],
  },
  {
    id: 'yinchuan-bus-network-plan',
    city: 'yinchuan',
    departmentId: 'yinchuan-jtj',
    window: 'open',
    title: '银川市公交线网优化方案',
    summary:
      '方案拟新开通阅海湾—高铁站快线等6条线路，调整与地铁规划重叠的11条线路走向，撤销客流极低的3条线路，并在兴庆区、金凤区试点需求响应式定制公交。现征求市民意见。',
    questions: [
      single('q1', '您是否支持本次线网优化方案？', SUPPORT),
      multiple('q2', '您日常最常乘坐公交的时段？', ['早高峰', '白天平峰', '晚高峰', '夜间'], null),
      text('q3', '您希望新增或调整的线路、站点', 300),
    ],
  },
  {
    id: 'yinchuan-greening-regulation',
    city: 'yinchuan',
    departmentId: 'yinchuan-zjj',
    window: 'closed',
    title: '银川市城市绿化管理条例（修订草案）',
    summary: '拟提高新建项目绿地率标准，规范树木迁移审批，鼓励屋顶和垂直绿化。',
    questions: [
      single('q1', '您是否支持提高新建项目绿地率标准？', SUPPORT),
      multiple('q2', '您支持哪些立体绿化方式？', ['屋顶绿化', '垂直绿化', '桥体绿化'], null),
      text('q3', '其他意见和建议', 300),
    ],
    responses: 64,
    adoption: '共收到有效意见64份。采纳“老旧小区改造同步补植乔木”的建议，写入修订草案第二十一条；“强制推行屋顶绿化”的建议因建筑结构安全原因暂未采纳，改为鼓励性规定。',
  },
  {
    id: 'yinchuan-dog-keeping-regulation',
    city: 'yinchuan',
    departmentId: 'yinchuan-gaj',
    window: 'upcoming',
    title: '银川市养犬管理条例（征求意见稿）',
    summary: '拟明确文明养犬规范、重点管理区域和烈性犬名录。',
    questions: [single('q1', '您是否支持划定重点管理区域？', SUPPORT), text('q2', '其他意见和建议')],
  },
];

/** Sample free-text answers of the seeded closed consultations (anonymous, invented). */
export const DEMO_TEXTS = ['建议尽快实施', '希望加强宣传解读', '建议设置过渡期', '执行中请听取社区意见'];
