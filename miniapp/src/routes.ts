import type { PortalPage } from '@portal/shared';

/**
 * Every page of the mini-program, in one place. app.config.ts builds the page list and the
 * subpackages from this table, and the home page opens portals through PORTAL_ROUTES.
 * Kept free of Taro imports so the build config and unit tests can read it.
 */
export const MAIN_PAGES = {
  home: 'pages/home/index',
  me: 'pages/me/index',
} as const;

export const SUBPACKAGES = [
  { root: 'packages/bus', pages: ['pages/search/index', 'pages/line/index', 'pages/arrivals/index'] },
  { root: 'packages/traffic', pages: ['pages/index/index'] },
  { root: 'packages/weather', pages: ['pages/index/index'] },
  {
    root: 'packages/account',
    pages: ['pages/signin/index', 'pages/privacy/index', 'pages/identity/index', 'pages/family/index', 'pages/data/index'],
  },
  { root: 'packages/social-insurance', pages: ['pages/index/index', 'pages/pay/index'] },
  { root: 'packages/vaccination', pages: ['pages/index/index', 'pages/book/index', 'pages/appointments/index'] },
  { root: 'packages/ratings', pages: ['pages/index/index'] },
  { root: 'packages/workbench', pages: ['pages/signin/index', 'pages/inbox/index', 'pages/case/index', 'pages/audit/index', 'pages/consultations/index'] },
  { root: 'packages/consultations', pages: ['pages/index/index', 'pages/detail/index', 'pages/results/index'] },
  {
    root: 'packages/letters',
    pages: [
      'pages/write/index',
      'pages/premier/index',
      'pages/inquiry/index',
      'pages/mine/index',
      'pages/letter/index',
      'pages/board/index',
      'pages/public/index',
      'pages/departments/index',
    ],
  },
  { root: 'packages/messages', pages: ['pages/index/index'] },
  { root: 'packages/provident-fund', pages: ['pages/index/index', 'pages/loan/index'] },
  { root: 'packages/personal-tax', pages: ['pages/index/index'] },
  { root: 'packages/housing', pages: ['pages/index/index'] },
  { root: 'packages/school-enrollment', pages: ['pages/index/index'] },
] as const;

export const ROUTES = {
  home: `/${MAIN_PAGES.home}`,
  me: `/${MAIN_PAGES.me}`,
  busSearch: '/packages/bus/pages/search/index',
  busLine: '/packages/bus/pages/line/index',
  busArrivals: '/packages/bus/pages/arrivals/index',
  traffic: '/packages/traffic/pages/index/index',
  weather: '/packages/weather/pages/index/index',
  signIn: '/packages/account/pages/signin/index',
  accountPrivacy: '/packages/account/pages/privacy/index',
  accountIdentity: '/packages/account/pages/identity/index',
  accountFamily: '/packages/account/pages/family/index',
  accountData: '/packages/account/pages/data/index',
  socialInsurance: '/packages/social-insurance/pages/index/index',
  residentMedicalPay: '/packages/social-insurance/pages/pay/index',
  vaccination: '/packages/vaccination/pages/index/index',
  vaccinationBook: '/packages/vaccination/pages/book/index',
  myAppointments: '/packages/vaccination/pages/appointments/index',
  myRatings: '/packages/ratings/pages/index/index',
  staffSignIn: '/packages/workbench/pages/signin/index',
  staffInbox: '/packages/workbench/pages/inbox/index',
  staffCase: '/packages/workbench/pages/case/index',
  staffAudit: '/packages/workbench/pages/audit/index',
  staffConsultations: '/packages/workbench/pages/consultations/index',
  consultations: '/packages/consultations/pages/index/index',
  consultation: '/packages/consultations/pages/detail/index',
  consultationResults: '/packages/consultations/pages/results/index',
  letterWrite: '/packages/letters/pages/write/index',
  premierMessage: '/packages/letters/pages/premier/index',
  letterInquiry: '/packages/letters/pages/inquiry/index',
  myLetters: '/packages/letters/pages/mine/index',
  myLetter: '/packages/letters/pages/letter/index',
  publicAnswers: '/packages/letters/pages/board/index',
  publicLetter: '/packages/letters/pages/public/index',
  departments: '/packages/letters/pages/departments/index',
  messages: '/packages/messages/pages/index/index',
  providentFund: '/packages/provident-fund/pages/index/index',
  providentFundLoan: '/packages/provident-fund/pages/loan/index',
  personalTax: '/packages/personal-tax/pages/index/index',
  housing: '/packages/housing/pages/index/index',
  schoolEnrollment: '/packages/school-enrollment/pages/index/index',
} as const;

/** Portal `page` (from the shared catalog) -> the route that serves it. Pages not built yet are absent. */
export const PORTAL_ROUTES: Partial<Record<PortalPage, string>> = {
  bus: ROUTES.busSearch,
  traffic: ROUTES.traffic,
  weather: ROUTES.weather,
  'social-insurance': ROUTES.socialInsurance,
  vaccination: ROUTES.vaccination,
  'opinion-collection': ROUTES.consultations,
  'provident-fund': ROUTES.providentFund,
  'personal-tax': ROUTES.personalTax,
  housing: ROUTES.housing,
  'school-enrollment': ROUTES.schoolEnrollment,
  'letter-write': ROUTES.letterWrite,
  'premier-message': ROUTES.premierMessage,
  'letter-inquiry': ROUTES.letterInquiry,
  'public-answers': ROUTES.publicAnswers,
};

export function routeForPortal(page: PortalPage): string | undefined {
  return PORTAL_ROUTES[page];
}

/** Every route that app.config.ts declares, with a leading slash. */
export function declaredRoutes(): string[] {
  return [
    ...Object.values(MAIN_PAGES).map((p) => `/${p}`),
    ...SUBPACKAGES.flatMap((s) => s.pages.map((p) => `/${s.root}/${p}`)),
  ];
}

/** `/x?a=1&b=two` with values encoded; undefined values are left out. */
export function withQuery(route: string, query: Record<string, string | number | undefined>): string {
  const parts = Object.entries(query)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(String(v))}`);
  return parts.length ? `${route}?${parts.join('&')}` : route;
}
