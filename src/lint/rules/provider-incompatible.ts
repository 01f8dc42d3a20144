import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const PROVIDER_INCOMPATIBLE: Rule = {
  code: 'PROVIDER_INCOMPATIBLE',
  severity: Severity.ERROR,
  title: 'A form CAM accepts but the Terraform provider rejects',
  docUrl: DOCS.provider,
  description: 'The provider checks `document` before sending it: `resource` must be a list, `statement` a list, `principal.qcs` a list. CAM itself accepts single values, so in a bare document (the console, the API, the CLI) this is a SUGGESTION; in Terraform input it is an ERROR, and `tcam lint --target terraform` makes it one for bare documents too.',
};
