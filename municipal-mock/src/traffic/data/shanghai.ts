import type { CityTraffic } from '../model.js';

/** Shanghai monitored sections (real roads; lengths and speeds are plausible, not surveyed). */
export const SHANGHAI_TRAFFIC: CityTraffic = {
  city: 'shanghai',
  idPrefix: 'SHJT',
  sections: [
    { id: 'SH-YAGJ-01', road: '延安高架路', from: '外滩', to: '南北高架路', direction: '东向西', lengthM: 2800, freeFlowKmh: 60, sensitivity: 0.9 },
    { id: 'SH-YAGJ-02', road: '延安高架路', from: '南北高架路', to: '华山路', direction: '东向西', lengthM: 3100, freeFlowKmh: 60, sensitivity: 1.0 },
    { id: 'SH-YAGJ-03', road: '延安高架路', from: '华山路', to: '虹许路', direction: '东向西', lengthM: 4200, freeFlowKmh: 70, sensitivity: 0.85 },
    { id: 'SH-YAGJ-04', road: '延安高架路', from: '华山路', to: '南北高架路', direction: '西向东', lengthM: 3100, freeFlowKmh: 60, sensitivity: 0.95 },
    { id: 'SH-NBGJ-01', road: '南北高架路', from: '中山北路', to: '延安高架路', direction: '北向南', lengthM: 3600, freeFlowKmh: 60, sensitivity: 1.05 },
    { id: 'SH-NBGJ-02', road: '南北高架路', from: '延安高架路', to: '鲁班路', direction: '北向南', lengthM: 4000, freeFlowKmh: 60, sensitivity: 0.9 },
    { id: 'SH-NHGJ-01', road: '内环高架路', from: '武宁路', to: '长宁路', direction: '内圈', lengthM: 2600, freeFlowKmh: 60, sensitivity: 0.95 },
    { id: 'SH-NHGJ-02', road: '内环高架路', from: '鲁班路', to: '漕溪路', direction: '外圈', lengthM: 3200, freeFlowKmh: 60, sensitivity: 0.85 },
    { id: 'SH-ZHL-01', road: '中环路', from: '上中路隧道', to: '漕宝路', direction: '内圈', lengthM: 4500, freeFlowKmh: 80, sensitivity: 0.8 },
    { id: 'SH-ZHL-02', road: '中环路', from: '真北路', to: '共和新路', direction: '外圈', lengthM: 5200, freeFlowKmh: 80, sensitivity: 0.9 },
    { id: 'SH-HMGJ-01', road: '沪闵高架路', from: '漕溪路', to: '莲花路', direction: '北向南', lengthM: 5000, freeFlowKmh: 70, sensitivity: 0.8 },
    { id: 'SH-WT-01', road: '中山东一路', from: '延安东路', to: '外白渡桥', direction: '南向北', lengthM: 1500, freeFlowKmh: 35, sensitivity: 0.75 },
    { id: 'SH-YASD-01', road: '延安东路隧道', from: '浦西', to: '浦东', direction: '西向东', lengthM: 2300, freeFlowKmh: 50, sensitivity: 1.0 },
  ],
  accidents: [
    { road: '延安高架路', location: '延安高架路近江苏路下匝道', direction: '东向西', description: '两车追尾，占用1根车道，请减速慢行' },
    { road: '南北高架路', location: '南北高架路近天目中路', direction: '北向南', description: '车辆故障，占用最内侧车道' },
    { road: '内环高架路', location: '内环高架路（内圈）近武宁路', direction: '内圈', description: '多车碰擦，占用2根车道，现场处置中' },
    { road: '中环路', location: '中环路（外圈）近上中路隧道', direction: '外圈', description: '两车碰擦，占用1根车道' },
    { road: '沪闵高架路', location: '沪闵高架路近上中路', direction: '南向北', description: '车辆抛锚，占用应急车道及1根车道' },
    { road: '中山东一路', location: '中山东一路近南京东路', direction: '南向北', description: '非机动车与机动车碰擦，占用1根车道' },
    { road: '延安东路隧道', location: '延安东路隧道浦东方向出口', direction: '西向东', description: '车辆故障，隧道内缓行' },
  ],
  roadworks: [
    { road: '中环路', location: '中环路（内圈）漕宝路至虹梅路段', direction: '内圈', description: '路面修复施工，占用1根车道' },
    { road: '内环高架路', location: '内环高架路（外圈）鲁班路立交', direction: '外圈', description: '伸缩缝更换施工，占用1根车道' },
    { road: '南北高架路', location: '南北高架路（北向南）延东立交附近', direction: '北向南', description: '声屏障维护施工，占用最外侧车道' },
    { road: '延安高架路', location: '延安高架路（西向东）虹许路上匝道', direction: '西向东', description: '匝道养护施工，匝道限行' },
  ],
  closures: [
    { road: '延安高架路', location: '延安高架路江苏路下匝道', direction: '东向西', description: '夜间养护，匝道封闭，请绕行' },
    { road: '南北高架路', location: '南北高架路天目中路上匝道', direction: '北向南', description: '夜间施工，匝道封闭，请绕行' },
    { road: '内环高架路', location: '内环高架路中山北路上匝道', direction: '内圈', description: '夜间检修，匝道封闭，请绕行' },
  ],
  events: [
    { road: '漕溪北路', location: '上海体育场周边', direction: '双向', description: '大型活动散场，周边道路临时交通管制' },
    { road: '世博大道', location: '梅赛德斯-奔驰文化中心周边', direction: '双向', description: '演唱会散场，周边道路临时交通管制' },
    { road: '中山东一路', location: '外滩沿线', direction: '双向', description: '外滩客流管控，中山东一路临时交通管制' },
  ],
};
