/** The municipal systems this mock stands in for; names used by fault injection and stats. */
export const SERVICE_NAMES = [
  'shanghai-bus',
  'chengdu-bus',
  'shanghai-weather',
  'chengdu-weather',
  'shanghai-traffic',
  'chengdu-traffic',
  'wechat',
  'sms',
  'gongan',
  'pay',
  'shanghai-shebao',
  'chengdu-shebao',
  'shanghai-gjj',
  'chengdu-gjj',
  'tax',
  'shanghai-vaccine',
  'chengdu-vaccine',
  'chengdu-housing',
  'shanghai-education',
  'gov-message',
  'wechat-subscribe',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
