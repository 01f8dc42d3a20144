import { Construct } from 'constructs';
import { checkPolicyName } from '../policy/action';
import { IPolicy, foundOrFail } from './attachment';
import { reportFindings, requireProvider } from './findings';
import { DataTencentcloudCamPolicies } from './generated/data-tencentcloud-cam-policies';
import { oneByteDataSource, oneBytePath } from './reference';

/** The `tencentcloud_cam_policies` lookup of a policy by name. */
const PolicyLookup = oneByteDataSource(DataTencentcloudCamPolicies);

/**
 * A policy that exists already, such as a preset policy (`QCloudCmqQueueFullAccess`), found by
 * name with the `tencentcloud_cam_policies` data source.
 */
export class ManagedPolicy extends Construct implements IPolicy {
  /**
   * A policy by name: `ManagedPolicy.fromName(stack, 'CmqFull', 'QCloudCmqQueueFullAccess')`.
   * Attach it with `new PolicyAttachment(...)`.
   */
  public static fromName(scope: Construct, id: string, policyName: string): ManagedPolicy {
    return new ManagedPolicy(scope, id, policyName);
  }

  /** The policy name. */
  public readonly policyName: string;
  /** The policy name. The policy exists already, so nothing waits for it. */
  public readonly policyNameReference: string;
  /** The policy id, found at plan time. */
  public readonly policyId: string;
  /** The `tencentcloud_cam_policies` lookup. */
  public readonly lookup: DataTencentcloudCamPolicies;

  private constructor(scope: Construct, id: string, policyName: string) {
    super(scope, id);
    this.policyName = policyName;
    this.policyNameReference = policyName;
    requireProvider(this);
    this.lookup = new PolicyLookup(this, 'Lookup', {
      name: policyName,
      lifecycle: foundOrFail('self.policy_list', `No CAM policy named ${policyName} was found (tencentcloud_cam_policies lookup of ${oneBytePath(this)}): check the name of the preset or custom policy.`),
    });
    this.policyId = this.lookup.policyList.get(0).policyId;
    this.node.addValidation({ validate: () => reportFindings(this, checkPolicyName(policyName, '/name', true), '') });
  }
}
