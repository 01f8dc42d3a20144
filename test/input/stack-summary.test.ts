// npm run synth's summary line reads stacks through the input layer, as tcam lint does.
import { describe, expect, it } from 'vitest';
import { summarizeStack } from '../../scripts/stack-summary';

describe('summarizeStack', () => {
  it('reads a document as CAM receives it: a policy variable escaped for Terraform is no finding', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['cam:GetUser'], resource: ['qcs::cam::uin/100000000001:uin/$${uin}'] }] });
    const config = {
      resource: {
        tencentcloud_cam_policy: { p: { name: 'p', document } },
        tencentcloud_cam_user_policy_attachment: { a: { user_name: 'alice', policy_id: '${tencentcloud_cam_policy.p.id}' } },
      },
    };
    expect(summarizeStack(config)).toBe('1 policy, 1 attachment, findings: none');
  });

  it('counts findings by severity, blocks written as arrays of objects included', () => {
    const document = JSON.stringify({ version: '2.0', statement: [{ effect: 'allow', action: ['*'], resource: ['*'] }] });
    const config = { resource: [{ tencentcloud_cam_policy: { p: { name: 'p', document } } }] };
    expect(summarizeStack(config)).toBe('1 policy, 0 attachments, findings: 1 SECURITY_WARNING');
  });
});
