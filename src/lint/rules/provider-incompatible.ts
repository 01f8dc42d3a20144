import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const PROVIDER_INCOMPATIBLE: Rule = {
  code: 'PROVIDER_INCOMPATIBLE',
  severity: Severity.ERROR,
  title: 'A form CAM accepts but the Terraform provider rejects',
  docUrl: DOCS.provider,
  description: 'The provider checks `document` before sending it: `resource` must be a list, `statement` a list, `principal.qcs` a list. CAM itself accepts single values, so in a bare document (the console, the API, the CLI) this is a SUGGESTION; in Terraform input it is an ERROR, and `tcam lint --target terraform` makes it one for bare documents too. In Terraform JSON, a CAM resource that leaves out an argument the provider\'s schema requires (a policy\'s `name`, an attachment\'s `policy_id`, a membership\'s `group_id`) is an ERROR too, named by the resource: Terraform refuses it ("Missing required argument") before anything is created.',
};
