import { actionService } from '../../policy/action';
import { Severity, describePath, finding } from '../../policy/finding';
import { splitSegments } from '../../policy/resource';
import { hasPlaceholder } from '../../policy/tokens';
import { DOCS, Rule } from '../rule';

/**
 * Services whose actions act on other services' resources: STS assumes CAM roles, and billing
 * (`finance:*`) pays for any product's resources, as CAM's own "full access to CVM" examples
 * grant `finance:*` on `qcs::cvm:::*`.
 */
const RESOURCE_SERVICE = new Map<string, string[]>([['sts', ['cam']], ['finance', ['*']]]);

export const SERVICE_MISMATCH: Rule = {
  code: 'SERVICE_MISMATCH',
  severity: Severity.ERROR,
  title: "A resource's service matches none of the statement's actions",
  docUrl: DOCS.resources,
  description: "A resource applies only to actions of its own service: `qcs::cos:...` in a statement whose actions are all `cmqqueue:*` authorizes nothing. Usually a copy-paste slip, or two statements merged into one.",
  check: ({ view }) =>
    view.statements.flatMap((s) => {
      const services = new Set<string>();
      for (const a of s.actions) {
        const svc = actionService(a.value);
        // `*`, `*:Name`, a feature set (`permid/1`) or a token may reach any service.
        if (svc === undefined || svc === '*' || hasPlaceholder(a.value)) return [];
        if (RESOURCE_SERVICE.get(svc)?.includes('*')) return [];
        services.add(svc);
        for (const other of RESOURCE_SERVICE.get(svc) ?? []) services.add(other);
      }
      if (services.size === 0) return [];
      return s.resources.flatMap(({ value, path }) => {
        const parts = splitSegments(value);
        if (value === '*' || parts.length < 6) return [];
        const svc = parts[2].toLowerCase();
        if (svc === '*' || hasPlaceholder(svc) || services.has(svc)) return [];
        return [finding('SERVICE_MISMATCH', Severity.ERROR, path,
          `${describePath(path)} ${JSON.stringify(value)}: its service "${parts[2]}" matches none of the statement's actions (${[...services].join(', ')}), so it authorizes nothing; move it to a statement with ${parts[2]} actions`)];
      });
    }),
};
