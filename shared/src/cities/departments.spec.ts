import { CITY_IDS } from './catalog.types.js';
import { DEPARTMENTS, departmentsOf, findDepartment } from './departments.js';

describe('department directory', () => {
  it('gives every department a unique id prefixed with its city', () => {
    const ids = DEPARTMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of DEPARTMENTS) expect(d.id.startsWith(`${d.city}-`)).toBe(true);
  });

  it.each(CITY_IDS)('gives %s exactly one mayor’s mailbox, districts and bureaus', (city) => {
    const own = departmentsOf(city);
    expect(own.filter((d) => d.kind === 'mayor')).toHaveLength(1);
    expect(own.some((d) => d.kind === 'district')).toBe(true);
    expect(own.some((d) => d.kind === 'bureau')).toBe(true);
  });

  it('lists Shanghai’s 16 districts', () => {
    expect(departmentsOf('shanghai').filter((d) => d.kind === 'district')).toHaveLength(16);
  });

  it('finds a department by id and nothing for an unknown one', () => {
    expect(findDepartment('chengdu-wuhou')?.name.zh).toBe('武侯区');
    expect(findDepartment('chengdu-nowhere')).toBeUndefined();
  });
});
