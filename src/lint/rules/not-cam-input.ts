import { Severity } from '../../policy/finding';
import { DOCS, Rule } from '../rule';

export const NOT_CAM_INPUT: Rule = {
  code: 'NOT_CAM_INPUT',
  severity: Severity.ERROR,
  title: 'The input is no CAM policy, request, Terraform JSON or plan',
  docUrl: DOCS.syntax,
  description: 'A file named on the command line that holds none of what tcam reads (a policy document, a CreateCamStrategy request, Terraform JSON, a plan), or a `*.tf` file of Terraform\'s native syntax (HCL), which is read as its plan (`terraform show -json`) instead, or a single statement given without its document: `{"effect": ..., "action": ...}` is wrapped as `{"version": "2.0", "statement": [ ... ]}` before CAM accepts it. Never a silent pass.',
};
