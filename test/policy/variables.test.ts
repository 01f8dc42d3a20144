// Where CAM replaces its policy variables (CAM's "Policy Variables" page, and CMQ's policy API page
// for the account segment): one definition read by the linter, the simulator and the reasoner.
import { describe, expect, it } from 'vitest';
import { POLICY_VARIABLES, hasPolicyVariable, misplacedVariables, replaceVariables, variableScopes } from '../../src/policy/variables';

const inScope = (resource: string) => variableScopes(resource).map(([a, b]) => resource.slice(a, b));

describe('policy variables', () => {
  it('are the three of the data file', () => {
    expect(POLICY_VARIABLES).toEqual(['uin', 'owner_uin', 'app_id']);
    expect(Object.isFrozen(POLICY_VARIABLES)).toBe(true);
  });

  it('are found by name, with or without spaces inside the braces, and nothing else is', () => {
    expect(hasPolicyVariable('uin/${uin}')).toBe(true);
    expect(hasPolicyVariable('x/${ owner_uin }/y')).toBe(true);
    expect(hasPolicyVariable('x/${app_id}')).toBe(true);
    expect(hasPolicyVariable('x/${bucket}')).toBe(false);
    expect(hasPolicyVariable('x/$uin')).toBe(false);
    expect(hasPolicyVariable('x/{uin}')).toBe(false);
    expect(hasPolicyVariable('plain')).toBe(false);
    // The same answer every time (no state kept between calls).
    expect([1, 2, 3].map(() => hasPolicyVariable('a ${uin} b'))).toEqual([true, true, true]);
  });

  it('are replaced in the account and the last segment of six', () => {
    expect(inScope('qcs::cmqqueue:gz:uin/1:queueName/uin/${uin}/*')).toEqual(['uin/1', 'queueName/uin/${uin}/*']);
    expect(inScope('qcs::cvm:gz::instance/x')).toEqual(['', 'instance/x']);
    expect(inScope('qcs::cvm:gz:uin/1:a:b:c')).toEqual(['uin/1', 'a:b:c']);
  });

  it('in COS, in the bucket (name-appid) and not in the object path; older forms are taken whole', () => {
    expect(inScope('qcs::cos:gz:uid/125:b-125/home/${uin}/*')).toEqual(['uid/125', 'b-125']);
    expect(inScope('qcs::COS:gz:uid/125:b-125/x')).toEqual(['uid/125', 'b-125']);
    expect(inScope('qcs::cos::uid/1:prefix/${uin}/*')).toEqual(['uid/1', 'prefix/${uin}/*']);
    expect(inScope('qcs::cos::uid/1:b-125')).toEqual(['uid/1', 'b-125']);
    expect(inScope('qcs::cos::uid/1:/b-125/x')).toEqual(['uid/1', '/b-125/x']);
    expect(inScope('qcs::cos::uid/1:b-12x/y')).toEqual(['uid/1', 'b-12x/y']);
  });

  it('a resource not of six segments is taken whole', () => {
    expect(inScope('qcs::cos:${uin}')).toEqual(['qcs::cos:${uin}']);
    expect(inScope('*')).toEqual(['*']);
  });

  it('replaceVariables: in scope only for a resource, everywhere in a condition value; what is not given is named', () => {
    const v = (name: string) => ({ uin: '42', app_id: '125' } as Record<string, string>)[name];
    expect(replaceVariables('qcs::cos:gz:uid/${app_id}:b${uin}-125/home/${uin}/*', true, v)).toEqual({ text: 'qcs::cos:gz:uid/125:b42-125/home/${uin}/*', missing: [] });
    expect(replaceVariables('qcs::${uin}:gz:uin/${owner_uin}:x/${uin}', true, v)).toEqual({ text: 'qcs::${uin}:gz:uin/${owner_uin}:x/42', missing: ['owner_uin'] });
    expect(replaceVariables('${uin}:${uin}', false, v)).toEqual({ text: '42:42', missing: [] });
    expect(replaceVariables('no variable', true, v)).toEqual({ text: 'no variable', missing: [] });
    expect(replaceVariables('${ uin }', false, () => undefined)).toEqual({ text: '${ uin }', missing: ['uin'] });
  });

  it('misplacedVariables: those outside the scope, each once, in order', () => {
    expect(misplacedVariables('qcs::cos:gz:uid/125:b-125/${uin}/${app_id}/${uin}')).toEqual(['uin', 'app_id']);
    expect(misplacedVariables('qcs::${app_id}:${uin}:uin/${uin}:x/${uin}')).toEqual(['app_id', 'uin']);
    expect(misplacedVariables('qcs::cos:gz:uid/${app_id}:b-${app_id}/x')).toEqual([]);
    expect(misplacedVariables('qcs::cos:gz:uid/1:b-1/${bucket}')).toEqual([]);
    expect(misplacedVariables('qcs::cos:gz:uid/1:b-1/x')).toEqual([]);
  });
});
