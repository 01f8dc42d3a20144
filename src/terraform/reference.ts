import * as crypto from 'crypto';
import { DefaultTokenResolver, IResolvable, IResolveContext, StringConcat, TerraformElement, TerraformResource, TerraformStack, Token, Tokenization } from 'cdktf';
import { IConstruct } from 'constructs';

/**
 * A reference to one attribute of a resource (`${tencentcloud_cam_policy.x.id}`), resolved as
 * cdktf's own references are: the same text in the resource's stack, a cross-stack reference
 * (cdktf's, made when first needed) in another stack. Unlike `resource.id`, making it captures
 * no stack trace: cdktf captures a full one for every reference it makes, which cost more than
 * the rest of a policy construct at 5,000 policies (bench/RESULTS.md).
 * @internal
 */
class AttributeReference implements IResolvable {
  private crossStack?: IResolvable;

  constructor(private readonly resource: TerraformResource, private readonly attribute: string) {}

  /** Where the reference was made: the resource it points into (no stack trace is captured). */
  public get creationStack(): string[] {
    return [`reference to ${this.attribute} of ${this.resource.node.path}`];
  }

  public resolve(context: IResolveContext): unknown {
    if (TerraformStack.of(context.scope) !== this.resource.cdktfStack) {
      this.crossStack ??= this.resource.interpolationForAttribute(this.attribute);
      return this.crossStack.resolve(context);
    }
    const suppressBraces = context.suppressBraces;
    context.suppressBraces = true;
    const identifier = `${this.resource.terraformResourceType}.${this.resource.friendlyUniqueId}.${this.attribute}`;
    return suppressBraces ? identifier : `\${${identifier}}`;
  }

  public toString(): string {
    return Token.asString(this);
  }

  public toJSON(): string {
    return '<unresolved-token>';
  }
}

/**
 * A value as Terraform receives it in the synthesized JSON: each cdktf token in it resolved, in the
 * stack of `scope`, to the expression it stands for (`${tencentcloud_cam_group.Ops.id}`,
 * `${jsonencode({...})}`).
 * @internal
 */
export function terraformText(scope: IConstruct, value: unknown): unknown {
  return Tokenization.resolve(value, { scope: TerraformStack.of(scope), resolver: new DefaultTokenResolver(new StringConcat()) });
}

/** A string token for `${<type>.<id>.<attribute>}` of a resource, made without a stack trace. @internal */
export function attributeReference(resource: TerraformResource, attribute: string): string {
  return Token.asString(new AttributeReference(resource, attribute));
}

/**
 * Keeps a resource at the Terraform address it had when the library's constructs wrapped their
 * resource in a child named `Resource` (before 0.2): the logical id cdktf's default naming gives
 * `<path>/Resource`, such as `ReleaseManagers_C70D187B`. Existing state stays where it is, so an
 * upgrade plans no change. A stack that names its resources its own way (`allocateLogicalId`
 * overridden) keeps doing so.
 * @internal
 */
export function keepWrappedAddress(resource: TerraformResource): void {
  keepAddress(resource, true);
}

/**
 * The data source class `Base` for the lookups the library's constructs make, its address (the
 * logical id cdktf's default naming gives it) and its metadata path made as one-byte text (see
 * `concatenated`).
 * @internal
 */
export function oneByteDataSource<T extends new (...args: any[]) => TerraformElement>(Base: T): T {
  return class extends Base {
    constructor(...args: any[]) {
      super(...args);
      keepAddress(this, false);
    }

    protected get constructNodeMetadata(): { [key: string]: any } {
      return withOneBytePath(super.constructNodeMetadata, this);
    }
  };
}

function keepAddress(element: TerraformElement, wrapped: boolean): void {
  // The element's stack, the nearest among its scopes (what `element.cdktfStack` finds, walking again).
  const scopes = element.node.scopes;
  let at = scopes.length - 1;
  while (at >= 0 && !TerraformStack.isStack(scopes[at])) at--;
  if (at < 0) return;
  const stack = scopes[at];
  // `allocateLogicalId` is protected: compared, not called.
  type Naming = { allocateLogicalId: unknown };
  if ((stack as unknown as Naming).allocateLogicalId !== (TerraformStack.prototype as unknown as Naming).allocateLogicalId) return;
  const components = scopes.slice(at + 1).map((c) => c.node.id);
  if (wrapped) components.push('Resource');
  element.overrideLogicalId(wrappedLogicalId(components));
}

/**
 * cdktf's `makeUniqueId` (lib/private/unique.js, not exported): components named `Default` left out;
 * one component alone kept as it is (without characters Terraform does not take); else the human
 * part (without `Resource`, repeats and such characters) and the first 8 hex digits of the MD5 of
 * the whole path.
 * @internal
 */
export function wrappedLogicalId(path: string[]): string {
  const components = path.filter((c) => c !== 'Default');
  const clean = (c: string) => c.replace(/[^A-Za-z0-9_-]/g, '');
  if (components.length === 1 && clean(components[0]).length <= 255) return clean(components[0]);
  const hash = md5Hex(concatenated(components, '/')).slice(0, 8).toUpperCase();
  const human: string[] = [];
  for (const c of components) if (human.length === 0 || !human[human.length - 1].endsWith(c)) human.push(c);
  return `${concatenated(human.filter((c) => c !== 'Resource').map(clean), '_').slice(0, 240)}_${hash}`;
}

/**
 * `parts.join(separator)`, made with `+` so that ASCII text stays a one-byte string. A construct id
 * made by concatenation (`Attach${kind}${id}`, `P${i}`) becomes, once it is a key of its parent's
 * children, a V8 "thin" string, and `Array.prototype.join` makes a two-byte string of anything it
 * joins with one, though every character is ASCII. Addresses and paths go into every resource of
 * the synthesized JSON, and one two-byte piece makes the whole text two-byte: twice its size, and
 * so every intermediate string cdktf's `json-stable-stringify` makes (15 MB for the 7 MB of 5,000
 * policies, bench/RESULTS.md). `+` keeps one-byte pieces one-byte.
 * @internal
 */
export function concatenated(parts: readonly string[], separator: string): string {
  let out = '';
  for (let i = 0; i < parts.length; i++) out = i === 0 ? parts[i] : out + separator + parts[i];
  return out;
}

/**
 * cdktf's metadata of a resource (`//`: its path, address and stack trace) with the path as
 * `node.path` gives it, made by `concatenated` (constructs joins the ids with `join`).
 * @internal
 */
export function withOneBytePath(metadata: { [key: string]: any }, construct: IConstruct): { [key: string]: any } {
  metadata.metadata.path = oneBytePath(construct);
  return metadata;
}

/** A construct's `node.path`, made by `concatenated`: for text the library emits. @internal */
export function oneBytePath(construct: IConstruct): string {
  const ids: string[] = [];
  for (const scope of construct.node.scopes) if (scope.node.id) ids.push(scope.node.id);
  return concatenated(ids, '/');
}

/** MD5 in hex: `crypto.hash` where Node has it (20.12 and later: a third of `createHash`'s time), else `createHash`. */
const md5Hex: (text: string) => string = typeof (crypto as { hash?: unknown }).hash === 'function'
  ? (text) => (crypto as unknown as { hash: (algorithm: string, data: string, encoding: string) => string }).hash('md5', text, 'hex')
  : (text) => crypto.createHash('md5').update(text).digest('hex');
