/** The municipal systems this mock stands in for; names used by fault injection and stats. */
export const SERVICE_NAMES = [
  'shanghai-bus',
  'chengdu-bus',
  'shanghai-weather',
  'chengdu-weather',
  'shanghai-traffic',
  'chengdu-traffic',
] as const;

export type ServiceName = (typeof SERVICE_NAMES)[number];

export function isServiceName(value: string): value is ServiceName {
  return (SERVICE_NAMES as readonly string[]).includes(value);
}
