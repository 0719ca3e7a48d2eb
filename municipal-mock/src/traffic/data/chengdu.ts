import type { CityTraffic } from '../model.js';

/** Chengdu monitored segments (real roads; lengths and speeds are plausible, not surveyed). */
export const CHENGDU_TRAFFIC: CityTraffic = {
  city: 'chengdu',
  idPrefix: 'CDJJ',
  sections: [
    { id: 'CD-YHL-N', road: '一环路', from: '人民北路', to: '府青路', direction: '西向东', lengthM: 3000, freeFlowKmh: 40, sensitivity: 0.95 },
    { id: 'CD-YHL-E', road: '一环路', from: '府青路', to: '九眼桥', direction: '北向南', lengthM: 3800, freeFlowKmh: 40, sensitivity: 1.0 },
    { id: 'CD-YHL-S', road: '一环路', from: '九眼桥', to: '人民南路', direction: '东向西', lengthM: 2600, freeFlowKmh: 40, sensitivity: 0.9 },
    { id: 'CD-YHL-W', road: '一环路', from: '青羊宫', to: '营门口', direction: '南向北', lengthM: 3400, freeFlowKmh: 40, sensitivity: 0.85 },
    { id: 'CD-EHGJ-E', road: '二环高架', from: '双桥子立交', to: '沙河堡立交', direction: '北向南', lengthM: 5200, freeFlowKmh: 70, sensitivity: 0.9 },
    { id: 'CD-EHGJ-S', road: '二环高架', from: '人南立交', to: '红牌楼', direction: '东向西', lengthM: 4300, freeFlowKmh: 70, sensitivity: 1.0 },
    { id: 'CD-EHGJ-N', road: '二环高架', from: '金牛立交', to: '驷马桥', direction: '西向东', lengthM: 5000, freeFlowKmh: 70, sensitivity: 0.85 },
    { id: 'CD-RMNL-01', road: '人民南路', from: '天府广场', to: '人南立交', direction: '北向南', lengthM: 3500, freeFlowKmh: 45, sensitivity: 1.05 },
    { id: 'CD-RMBL-01', road: '人民北路', from: '火车北站', to: '北门大桥', direction: '北向南', lengthM: 2200, freeFlowKmh: 40, sensitivity: 0.9 },
    { id: 'CD-TFDD-N', road: '天府大道', from: '火车南站', to: '天府五街', direction: '北向南', lengthM: 5500, freeFlowKmh: 60, sensitivity: 0.9 },
    { id: 'CD-TFDD-M', road: '天府大道', from: '天府五街', to: '华阳', direction: '北向南', lengthM: 6000, freeFlowKmh: 70, sensitivity: 0.7 },
    { id: 'CD-SDDD-E', road: '蜀都大道', from: '天府广场', to: '牛王庙', direction: '西向东', lengthM: 3000, freeFlowKmh: 40, sensitivity: 0.95 },
    { id: 'CD-SDDD-W', road: '蜀都大道', from: '天府广场', to: '通惠门', direction: '东向西', lengthM: 2400, freeFlowKmh: 40, sensitivity: 0.85 },
  ],
  accidents: [
    { road: '二环高架', location: '二环高架近双桥子立交', direction: '北向南', description: '两车追尾，占用1条车道，请谨慎驾驶' },
    { road: '一环路', location: '一环路东段近九眼桥', direction: '北向南', description: '车辆碰擦，占用1条车道' },
    { road: '人民南路', location: '人民南路近华西坝', direction: '北向南', description: '车辆故障，占用内侧车道' },
    { road: '天府大道', location: '天府大道北段近天府三街', direction: '北向南', description: '多车碰擦，占用2条车道，交警正在处置' },
    { road: '蜀都大道', location: '蜀都大道近春熙路口', direction: '西向东', description: '电动车与小车碰擦，占用1条车道' },
    { road: '一环路', location: '一环路西段近营门口', direction: '南向北', description: '车辆抛锚，占用1条车道' },
  ],
  roadworks: [
    { road: '天府大道', location: '天府大道中段天府五街至华阳', direction: '北向南', description: '地铁施工围挡，占用1条车道' },
    { road: '一环路', location: '一环路东段府青路至建设路', direction: '北向南', description: '管网改造施工，占用1条车道' },
    { road: '蜀都大道', location: '蜀都大道通惠门至人民公园', direction: '东向西', description: '道路大修，分段占道施工' },
    { road: '二环高架', location: '二环高架南段人南立交至红牌楼', direction: '东向西', description: '桥面维修，夜间封闭1条车道' },
  ],
  closures: [
    { road: '二环高架', location: '二环高架人南立交匝道', direction: '东向西', description: '夜间养护，匝道封闭，请绕行' },
    { road: '人民南路', location: '人民南路下穿隧道', direction: '北向南', description: '夜间检修，隧道封闭，请绕行' },
  ],
  events: [
    { road: '人民南路', location: '四川省体育馆周边', direction: '双向', description: '大型活动散场，周边道路临时交通管制' },
    { road: '天府大道', location: '世纪城新国际会展中心周边', direction: '双向', description: '会展活动，周边道路临时交通管制' },
    { road: '北星大道', location: '凤凰山体育公园周边', direction: '双向', description: '体育赛事，周边道路临时交通管制' },
  ],
};
