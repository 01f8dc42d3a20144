export { PolicyDocument, PolicyDocumentProps } from './document';
export { PolicyContext } from './rule';
export { Linter, LinterOptions, LintTextOptions, LintResult, RuleInfo } from './linter';
export { Suppression, SuppressedFinding } from './suppression';
