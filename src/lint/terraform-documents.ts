/**
 * The attributes that hold a CAM document, by Terraform resource type: custom policies, roles'
 * trust policies and policy versions. Shared by the `CamLint` aspect and the `tcam` CLI.
 * @internal
 */
export const DOCUMENT_ATTRIBUTES: Readonly<Record<string, string>> = {
  tencentcloud_cam_policy: 'document',
  tencentcloud_cam_policy_by_name: 'document',
  tencentcloud_cam_role: 'document',
  tencentcloud_cam_role_by_name: 'document',
  tencentcloud_cam_policy_version: 'policy_document',
};
