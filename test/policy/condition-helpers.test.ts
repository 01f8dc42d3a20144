// The condition helpers users write most: a time window, request and resource tags; each renders as
// CAM takes it, lints clean where it should, and the simulator answers it as CAM would.
import { describe, expect, it } from 'vitest';
import { Condition, Linter, PolicyDocument, PolicySimulator, PolicyStatement, Region } from '../../src';

const doc = (conditions: Condition[]) => new PolicyDocument({ statements: [new PolicyStatement({ actions: ['cvm:RunInstances'], resources: ['*'], conditions })] });

describe('Condition helpers', () => {
  it('timeWindow: from (included) to (excluded) on qcs:current_time, in UTC', () => {
    const d = doc(Condition.timeWindow('2026-12-24T00:00:00+08:00', '2026-12-26T00:00:00+08:00'));
    expect(d.toJsonObject().statement[0].condition).toEqual({
      date_greater_than_equal: { 'qcs:current_time': ['2026-12-24T00:00:00+08:00'] },
      date_less_than: { 'qcs:current_time': ['2026-12-26T00:00:00+08:00'] },
    });
    expect(new Linter().lintText(d.toJson()).findings.map((f) => f.code)).toEqual([]);
    const sim = new PolicySimulator();
    sim.addPolicyJson('window', d.toJson());
    const at = (t: string) => sim.simulate({ action: 'cvm:RunInstances', resource: 'qcs::cvm:gz:uin/1:instance/i-1', context: { 'qcs:current_time': [t] } }).allowed;
    expect(at('2026-12-23T16:00:00Z')).toBe(true);
    expect(at('2026-12-23T15:59:59Z')).toBe(false);
    expect(at('2026-12-25T15:59:59Z')).toBe(true);
    expect(at('2026-12-25T16:00:00Z')).toBe(false);
    // Without a zone: read as UTC, and the linter says so.
    expect(new Linter().lintText(doc(Condition.timeWindow('2026-12-24T00:00:00', '2026-12-26T00:00:00Z')).toJson()).findings.map((f) => f.code)).toEqual(['TIME_WITHOUT_ZONE']);
  });

  it('requestTags and resourceTags: key&value with for_any_value:string_equal; one tag of the request is enough', () => {
    const d = doc([Condition.requestTags({ env: 'prod', team: 'shop' }), Condition.resourceTags({ owner: 'ops' })]);
    expect(d.toJsonObject().statement[0].condition).toEqual({
      'for_any_value:string_equal': { 'qcs:request_tag': ['env&prod', 'team&shop'], 'qcs:resource_tag': ['owner&ops'] },
    });
    expect(new Linter().lintText(d.toJson()).findings.map((f) => f.code)).toEqual([]);
    const sim = new PolicySimulator();
    sim.addPolicyJson('tags', d.toJson());
    const ask = (request: string[], resource: string[]) => sim.simulate({ action: 'cvm:RunInstances', resource: 'qcs::cvm:gz:uin/1:instance/i-1', context: { 'qcs:request_tag': request, 'qcs:resource_tag': resource } }).allowed;
    expect(ask(['team&shop', 'x&y'], ['owner&ops'])).toBe(true);
    expect(ask(['x&y'], ['owner&ops'])).toBe(false);
    expect(ask(['env&prod'], ['owner&dev'])).toBe(false);
    // Not an object: no tags, which the linter reports as a condition with no value.
    expect(Condition.requestTags(null as never).values).toEqual([]);
    expect(Condition.resourceTags(['a'] as never).values).toEqual([]);
  });

  it('region: string_equal on the service\'s region key, as CAM\'s "Syntax Logic" page writes vpc:region; a Region is its code', () => {
    const d = doc([Condition.region('vpc', ['sh', Region.GUANGZHOU])]);
    expect(d.toJsonObject().statement[0].condition).toEqual({ string_equal: { 'vpc:region': ['sh', 'ap-guangzhou'] } });
    expect(new Linter().lintText(d.toJson()).findings.map((f) => f.code)).toEqual([]);
    const sim = new PolicySimulator();
    sim.addPolicyJson('region', d.toJson());
    const from = (r: string) => sim.simulate({ action: 'cvm:RunInstances', resource: 'qcs::cvm:gz:uin/1:instance/i-1', context: { 'vpc:region': [r] } }).allowed;
    expect(from('sh')).toBe(true);
    expect(from('bj')).toBe(false);
    expect(() => Condition.region('VPC:region', ['sh'])).toThrow('Condition.region: the first argument is the service whose region key is meant, such as "vpc" (vpc:region), got "VPC:region"');
    expect(() => Condition.region(undefined as never, ['sh'])).toThrow('got undefined');
  });
});
