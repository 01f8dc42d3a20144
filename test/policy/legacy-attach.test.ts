// CMQ's legacy OperateCamStrategy call (attach or detach a policy): every field as the API reads it,
// and every finding for what it would refuse. The table's results were reviewed one by one.
import { describe, expect, it } from 'vitest';
import { isAttachRequest, isLegacyEnvelope, readAttachRequest } from '../../src/policy/legacy';

const CASES: Array<[Record<string, unknown>, unknown]> = [
  [{"groupId":-1,"relateUin":3232,"strategyId":666,"actionType":1},{"relateUin":"3232","strategyId":"666","actionType":1,"findings":[]}],
  [{"groupId":13,"relateUin":-1,"strategyId":"666","actionType":"2"},{"groupId":"13","strategyId":"666","actionType":2,"findings":[]}],
  [{"groupId":"-1","relateUin":"3232","strategyId":666,"actionType":2},{"relateUin":"3232","strategyId":"666","actionType":2,"findings":[]}],
  [{"groupId":-1,"relateUin":-1,"strategyId":666,"actionType":1},{"strategyId":"666","actionType":1,"findings":[{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"neither groupId nor relateUin names a target: give the group id and relateUin -1 to attach to a group, or the user's uin and groupId -1 to attach to a user","path":"/para"}]}],
  [{"groupId":13,"relateUin":3232,"strategyId":666,"actionType":1},{"groupId":"13","relateUin":"3232","strategyId":"666","actionType":1,"findings":[{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"both groupId (13) and relateUin (3232) name a target: one call attaches to one; set the other to -1","path":"/para"}]}],
  [{"relateUin":3232,"strategyId":666,"actionType":1},{"relateUin":"3232","strategyId":"666","actionType":1,"findings":[]}],
  [{"groupId":13,"strategyId":666,"actionType":1},{"groupId":"13","strategyId":"666","actionType":1,"findings":[]}],
  [{"strategyId":666,"actionType":1},{"strategyId":"666","actionType":1,"findings":[{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"neither groupId nor relateUin names a target: give the group id and relateUin -1 to attach to a group, or the user's uin and groupId -1 to attach to a user","path":"/para"}]}],
  [{"groupId":-2,"relateUin":"abc","strategyId":0,"actionType":3},{"strategyId":"0","findings":[{"code":"INVALID_ELEMENT","severity":"ERROR","message":"strategyId 0: it is the id of the policy to attach, a positive whole number such as 666","path":"/para/strategyId"},{"code":"INVALID_ELEMENT","severity":"ERROR","message":"actionType 3: it is 1 (attach the policy) or 2 (detach it)","path":"/para/actionType"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"groupId -2: it is a user group id (digits), or -1 when the target is a user","path":"/para/groupId"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"relateUin \"abc\": it is a user's uin (digits), or -1 when the target is a group","path":"/para/relateUin"}]}],
  [{"groupId":1.5,"relateUin":"12345678901234567890","strategyId":-1,"actionType":"1"},{"relateUin":"12345678901234567890","strategyId":"-1","actionType":1,"findings":[{"code":"INVALID_ELEMENT","severity":"ERROR","message":"strategyId -1: it is the id of the policy to attach, a positive whole number such as 666","path":"/para/strategyId"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"groupId 1.5: it is a user group id (digits), or -1 when the target is a user","path":"/para/groupId"}]}],
  [{"groupId":"123456789012345678901","relateUin":-1,"strategyId":"x","actionType":null},{"findings":[{"code":"INVALID_ELEMENT","severity":"ERROR","message":"strategyId \"x\": it is the id of the policy to attach, a positive whole number such as 666","path":"/para/strategyId"},{"code":"INVALID_ELEMENT","severity":"ERROR","message":"actionType null: it is 1 (attach the policy) or 2 (detach it)","path":"/para/actionType"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"groupId \"123456789012345678901\": it is a user group id (digits), or -1 when the target is a user","path":"/para/groupId"}]}],
  [{"groupId":"-","relateUin":true,"strategyId":1,"actionType":1,"extra":1,"Other":2},{"strategyId":"1","actionType":1,"findings":[{"code":"INVALID_ELEMENT","severity":"ERROR","message":"\"extra\" is not a field of an OperateCamStrategy request: the fields are groupId, relateUin, strategyId, actionType","path":"/para/extra"},{"code":"INVALID_ELEMENT","severity":"ERROR","message":"\"Other\" is not a field of an OperateCamStrategy request: the fields are groupId, relateUin, strategyId, actionType","path":"/para/Other"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"groupId \"-\": it is a user group id (digits), or -1 when the target is a user","path":"/para/groupId"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"relateUin true: it is a user's uin (digits), or -1 when the target is a group","path":"/para/relateUin"}]}],
  [{"groupId":" 1","relateUin":-1,"strategyId":"1.0","actionType":1},{"actionType":1,"findings":[{"code":"INVALID_ELEMENT","severity":"ERROR","message":"strategyId \"1.0\": it is the id of the policy to attach, a positive whole number such as 666","path":"/para/strategyId"},{"code":"INVALID_ATTACHMENT_TARGET","severity":"ERROR","message":"groupId \" 1\": it is a user group id (digits), or -1 when the target is a user","path":"/para/groupId"}]}],
];

describe('readAttachRequest', () => {
  it.each(CASES)('%j', (para, expected) => {
    expect(JSON.parse(JSON.stringify(readAttachRequest(para, '/para')))).toEqual(expected);
  });
});

describe('what a legacy call looks like', () => {
  it('an envelope has an interface with a para, and a componentName or an interfaceName', () => {
    expect(isLegacyEnvelope({ componentName: 'MC', interface: { para: {} } })).toBe(true);
    expect(isLegacyEnvelope({ interface: { interfaceName: 'X', para: {} } })).toBe(true);
    expect(isLegacyEnvelope({ interface: { para: {} } })).toBe(false);
    expect(isLegacyEnvelope({ componentName: 'MC', interface: { interfaceName: 'X' } })).toBe(false);
    expect(isLegacyEnvelope({ componentName: 'MC', interface: 'x' })).toBe(false);
    expect(isLegacyEnvelope({ componentName: 'MC' })).toBe(false);
    expect(isLegacyEnvelope([{ componentName: 'MC', interface: { para: {} } }])).toBe(false);
    expect(isLegacyEnvelope(null)).toBe(false);
    expect(isLegacyEnvelope('x')).toBe(false);
    expect(isLegacyEnvelope(Object.assign(Object.create({ componentName: 'MC' }), { interface: { para: {} } }))).toBe(false);
  });

  it('an attach call has strategyId and actionType', () => {
    expect(isAttachRequest({ strategyId: 1, actionType: 1 })).toBe(true);
    expect(isAttachRequest({ strategyId: 1 })).toBe(false);
    expect(isAttachRequest({ actionType: 1 })).toBe(false);
    expect(isAttachRequest([1])).toBe(false);
    expect(isAttachRequest(null)).toBe(false);
  });
});
