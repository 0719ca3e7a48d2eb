import type { City, CityId, Portal, PortalPage, PortalStatus, UpstreamService } from './catalog.types.js';

/**
 * The city catalog: each city's portal groups and portals as its own official accounts have them
 * (see the handbook's domain notes). What varies by city is this data, not code.
 */

function portal(
  id: string,
  zh: string,
  en: string,
  icon: string,
  page: PortalPage,
  status: PortalStatus,
  extra: { channel?: string; upstream?: UpstreamService } = {},
): Portal {
  return { id, name: { zh, en }, icon, page, status, ...extra };
}

const shanghai: City = {
  id: 'shanghai',
  name: { zh: '上海', en: 'Shanghai' },
  tagline: { zh: '上海发布 · 市政府新闻办官方账号', en: 'Shanghai Publication, the municipal news office' },
  groups: [
    {
      id: 'services',
      name: { zh: '便民服务', en: 'Services' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('bus', '实时公交', 'Bus arrivals', 'bus', 'bus', 'available', { upstream: 'shanghai-bus' }),
        portal('traffic', '交通路况', 'Traffic conditions', 'traffic', 'traffic', 'available', {
          upstream: 'shanghai-traffic',
        }),
        portal('weather', '天气预报', 'Weather forecast', 'weather', 'weather', 'available', {
          upstream: 'shanghai-weather',
        }),
        portal('school-enrollment', '入学信息', 'School enrollment', 'school', 'school-enrollment', 'available', {
          upstream: 'shanghai-education',
        }),
        portal('social-insurance', '社保缴费', 'Social insurance payment', 'insurance', 'social-insurance', 'available', {
          upstream: 'shanghai-social-insurance',
        }),
      ],
    },
    {
      id: 'news',
      name: { zh: '新闻频道', en: 'News channels' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('latest-news', '最新消息', 'Latest News', 'news', 'news', 'planned', { channel: 'latest' }),
        portal('policy', '政策解读', 'Policy Analyzing', 'policy', 'news', 'planned', { channel: 'policy' }),
        portal('shanghai-news', '上海新闻', 'Shanghai News', 'news', 'news', 'planned', { channel: 'shanghai' }),
        portal('districts', '区县联动', 'Connect Districts and Counties', 'district', 'news', 'planned', {
          channel: 'districts',
        }),
        portal('press-conference', '聚焦发布会', 'Focus on Press Conference', 'press', 'news', 'planned', {
          channel: 'press',
        }),
      ],
    },
    {
      id: 'public-service-channels',
      name: { zh: '公共服务频道', en: 'Public-service channels' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('good-morning', '早安上海', 'Good Morning Shanghai', 'sun', 'news', 'planned', { channel: 'morning' }),
        portal('traffic-info', '交通信息', 'Traffic Information', 'traffic', 'traffic', 'available', {
          upstream: 'shanghai-traffic',
        }),
        portal('weather-channel', '天气预报', 'Weather Forecast', 'weather', 'weather', 'available', {
          upstream: 'shanghai-weather',
        }),
        portal('convenience', '便民提示', 'Convenience for the People', 'convenience', 'news', 'planned', {
          channel: 'convenience',
        }),
        portal('food-prices', '菜价', 'Food Prices', 'food', 'news', 'planned', { channel: 'food-prices' }),
      ],
    },
    {
      id: 'interaction',
      name: { zh: '互动', en: 'Interaction' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('you-ask', '你问我答', 'You Ask and I Answer', 'ask', 'public-answers', 'available'),
        portal('qa', '问答', 'Q&A', 'qa', 'public-answers', 'available', { channel: 'qa' }),
        portal('interviews', '访谈', 'Interviews', 'interview', 'news', 'planned', { channel: 'interviews' }),
        portal('investigations', '调查', 'Investigations', 'survey', 'opinion-collection', 'available'),
        portal('reply', '回复', 'Reply', 'reply', 'public-answers', 'available', { channel: 'reply' }),
      ],
    },
    {
      id: 'wechat-matrix',
      name: { zh: '政务微信矩阵', en: 'WeChat Matrix' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('district-accounts', '16个区', '16 district accounts', 'district', 'directory', 'planned', {
          channel: 'districts',
        }),
        portal('bureau-accounts', '35个委办局', '35 bureau accounts', 'bureau', 'directory', 'planned', {
          channel: 'bureaus',
        }),
        portal('agency-accounts', '33个机构', '33 agency accounts', 'agency', 'directory', 'planned', {
          channel: 'agencies',
        }),
      ],
    },
    {
      id: 'i-love-shanghai',
      name: { zh: '我爱上海', en: 'I Love Shanghai' },
      account: { zh: '上海发布', en: 'Shanghai Publication' },
      portals: [
        portal('culture', '文化', 'Culture', 'culture', 'city-pages', 'planned', { channel: 'culture' }),
        portal('construction', '城市建设', 'City construction', 'construction', 'city-pages', 'planned', {
          channel: 'construction',
        }),
        portal('food', '美食', 'Food', 'food', 'city-pages', 'planned', { channel: 'food' }),
        portal('history', '历史', 'History', 'history', 'city-pages', 'planned', { channel: 'history' }),
      ],
    },
  ],
};

const chengdu: City = {
  id: 'chengdu',
  name: { zh: '成都', en: 'Chengdu' },
  tagline: { zh: '成都市人民政府 · 微信公众号、门户网站与移动应用', en: 'Chengdu municipal government account, website and app' },
  groups: [
    {
      id: 'government-affairs',
      name: { zh: '政务公开', en: 'Government affairs' },
      account: { zh: '成都市人民政府', en: 'Chengdu Municipal Government' },
      portals: [
        portal('important-news', '要闻', 'Important News', 'news', 'news', 'planned', { channel: 'important' }),
        portal('executive-meeting', '市政府常务会议', 'Municipal Government Executive Meeting', 'meeting', 'news', 'planned', {
          channel: 'executive-meeting',
        }),
        portal('affairs-info', '政务信息', 'Government Affairs Information', 'policy', 'news', 'planned', {
          channel: 'affairs',
        }),
        portal('epidemic-by-region', '各区域疫情防控措施', 'Epidemic Prevention and Control Measures by Region', 'health', 'news', 'planned', {
          channel: 'epidemic-regions',
        }),
      ],
    },
    {
      id: 'interaction',
      name: { zh: '政民互动', en: 'Interaction' },
      account: { zh: '成都市人民政府', en: 'Chengdu Municipal Government' },
      portals: [
        portal('premier-message', '我向总理说句话', 'I Say a Word to the Premier', 'premier', 'premier-message', 'available'),
        portal('write-letter', '我要写信', 'I Want to Write a Letter', 'letter', 'letter-write', 'available'),
        portal('letter-inquiry', '信件查询', 'Inquiry by a Letter', 'search', 'letter-inquiry', 'available'),
        portal('public-letters', '信件公开', 'Published letters', 'reply', 'public-answers', 'available'),
        portal('epidemic', '疫情防控', 'Epidemic Prevention and Control', 'health', 'news', 'planned', {
          channel: 'epidemic',
        }),
        portal('opinion-collection', '民意征集', 'Public Opinion Collection', 'survey', 'opinion-collection', 'available'),
      ],
    },
    {
      id: 'tianfu-rongyiban',
      name: { zh: '天府蓉易办', en: 'Tianfu Rongyiban' },
      account: { zh: '成都市人民政府', en: 'Chengdu Municipal Government' },
      portals: [
        portal('social-insurance', '社保查询', 'Social insurance inquiry', 'insurance', 'social-insurance', 'available', {
          upstream: 'chengdu-social-insurance',
        }),
        portal('traffic', '交通查询', 'Traffic inquiry', 'traffic', 'traffic', 'available', { upstream: 'chengdu-traffic' }),
        portal('map', '地图', 'Map', 'map', 'map', 'planned'),
        portal('housing', '房产管理', 'Housing management', 'housing', 'housing', 'available', { upstream: 'chengdu-housing' }),
      ],
    },
    {
      id: 'convenient-service',
      name: { zh: '便民服务', en: 'Convenient Service for the Public' },
      account: { zh: '成都市人民政府', en: 'Chengdu Municipal Government' },
      portals: [
        portal('bus', '实时公交', 'Bus arrivals', 'bus', 'bus', 'available', { upstream: 'chengdu-bus' }),
        portal('weather', '天气预报', 'Weather forecast', 'weather', 'weather', 'available', { upstream: 'chengdu-weather' }),
        portal('enterprise', '企业服务', 'Service for Enterprise', 'enterprise', 'enterprise', 'planned'),
      ],
    },
    {
      id: 'public-inquiry',
      name: { zh: '公众查询服务', en: 'Inquiry Service for the Public' },
      account: { zh: '成都市人民政府', en: 'Chengdu Municipal Government' },
      portals: [
        portal('social-insurance-payments', '社保缴费查询', 'Social insurance payments', 'insurance', 'social-insurance', 'available', {
          upstream: 'chengdu-social-insurance',
        }),
        portal('personal-tax', '个人所得税查询', 'Personal income tax', 'tax', 'personal-tax', 'available', {
          upstream: 'national-personal-tax',
        }),
        portal('provident-fund', '住房公积金查询', 'Housing provident fund', 'fund', 'provident-fund', 'available', {
          upstream: 'chengdu-provident-fund',
        }),
        portal('vaccination', '疫苗接种查询', 'Vaccination', 'vaccine', 'vaccination', 'available', { upstream: 'chengdu-vaccination' }),
      ],
    },
  ],
};

const yinchuan: City = {
  id: 'yinchuan',
  name: { zh: '银川', en: 'Yinchuan' },
  tagline: { zh: '@微博银川 · @问政银川 · @银川发布', en: '@Weibo Yinchuan · @Wenzheng Yinchuan · @Yinchuan Publication' },
  groups: [
    {
      id: 'weibo-yinchuan',
      name: { zh: '政务信息', en: 'Government information' },
      account: { zh: '@微博银川', en: '@Weibo Yinchuan' },
      portals: [
        portal('government-info', '政务信息', 'Government information', 'policy', 'news', 'planned', {
          channel: 'government',
        }),
        portal('policy-news', '政策新闻', 'Policy news', 'news', 'news', 'planned', { channel: 'policy' }),
        portal('opinion-announcements', '意见征集', 'Opinion collection', 'survey', 'opinion-collection', 'available'),
      ],
    },
    {
      id: 'wenzheng-yinchuan',
      name: { zh: '问政银川', en: 'Wenzheng Yinchuan' },
      account: { zh: '@问政银川', en: '@Wenzheng Yinchuan' },
      portals: [
        portal('wenzheng-write', '我要问政', 'Post a request', 'letter', 'letter-write', 'available'),
        portal('wenzheng-board', '问政回复', 'Requests and answers', 'reply', 'public-answers', 'available'),
        portal('wenzheng-inquiry', '办理查询', 'Track a request', 'search', 'letter-inquiry', 'available'),
      ],
    },
    {
      id: 'yinchuan-publication',
      name: { zh: '银川发布', en: 'Yinchuan Publication' },
      account: { zh: '@银川发布', en: '@Yinchuan Publication' },
      portals: [
        portal('announcements', '公共服务公告', 'Public-service announcements', 'convenience', 'news', 'planned', {
          channel: 'announcements',
        }),
        portal('city-promotion', '城市推介', 'City promotion', 'culture', 'city-pages', 'planned', {
          channel: 'promotion',
        }),
      ],
    },
  ],
};

export const CITIES: readonly City[] = [shanghai, chengdu, yinchuan];

export function findCity(id: string): City | undefined {
  return CITIES.find((city) => city.id === id);
}

/** Whether the city has an `available` portal opening `page` (a service page says so instead of calling the API). */
export function offersPage(city: CityId, page: PortalPage): boolean {
  return (findCity(city)?.groups ?? []).some((g) => g.portals.some((p) => p.page === page && p.status === 'available'));
}

/**
 * Which upstream serves a page's data in a city (e.g. `bus` → `shanghai-bus`), if the city has one.
 * The API answers for it even while the mini-program's page is still `planned`.
 */
export function upstreamFor(city: CityId, page: PortalPage): UpstreamService | undefined {
  for (const group of findCity(city)?.groups ?? []) {
    for (const p of group.portals) {
      if (p.page === page && p.upstream) return p.upstream;
    }
  }
  return undefined;
}
