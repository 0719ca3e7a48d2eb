// Where the e2e run's processes listen. Fixed ports (not 3000/4010, which `npm start` uses),
// overridable with E2E_BFF_PORT / E2E_MOCK_PORT. E2E_BASE_URL points the tests at an already
// running portal instead (global-setup then starts nothing).
const bffPort = Number(process.env.E2E_BFF_PORT || 3100);
const mockPort = Number(process.env.E2E_MOCK_PORT || 4110);

export const harness = {
  bffPort,
  mockPort,
  external: !!process.env.E2E_BASE_URL,
  baseURL: process.env.E2E_BASE_URL || `http://127.0.0.1:${bffPort}`,
  mockURL: `http://127.0.0.1:${mockPort}`,
  /** Bus arrivals are computed from the mock's clock: fixed, so screenshots and assertions are stable. */
  fixedTime: process.env.MOCK_FIXED_TIME || '2026-03-02T08:15:00+08:00',
};
