import { parseOperator, withoutZone } from '../../policy/condition';
import { Severity, describePath, finding } from '../../policy/finding';
import { NONE } from '../facts';
import { DOCS, Rule } from '../rule';

export const TIME_WITHOUT_ZONE: Rule = {
  code: 'TIME_WITHOUT_ZONE',
  severity: Severity.WARNING,
  title: 'A time in a condition names no time zone',
  docUrl: DOCS.conditions,
  description: 'CAM compares `qcs:current_time` in UTC ("Condition Keys and Condition Operators": the value "must use UTC time"). A `date_*` value without a zone (`2026-11-24T10:00:00`, `2026-11-24`) is read as UTC, which is eight hours from what a reader in Beijing may mean. Write the zone: `2026-11-24T10:00:00Z` or `2026-11-24T18:00:00+08:00`.',
  visit: {
    conditionValue: (v, c) => {
      if (typeof v.value !== 'string' || !parseOperator(c.operator.value).parsed?.base.startsWith('date_') || !withoutZone(v.value)) return NONE;
      return [finding('TIME_WITHOUT_ZONE', Severity.WARNING, v.path,
        `${describePath(v.path)} ${JSON.stringify(v.value)} names no time zone: CAM reads it as UTC; write the zone, such as ${JSON.stringify(`${v.value.includes('T') || v.value.includes(' ') ? v.value.replace(' ', 'T') : `${v.value}T00:00:00`}Z`)} for UTC or with "+08:00" for Beijing time`)];
    },
  },
};
