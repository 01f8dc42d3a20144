// Shared by the construct tests: a stack with the provider, and the message of a failing synth.
import { App, Testing, TerraformStack } from 'cdktf';
import { TencentcloudProvider } from '../../src';

/** A stack of a new test app (or of `app`), with the tencentcloud provider. */
export function stackWithProvider(id: string, app: App = Testing.app()): TerraformStack {
  const stack = new TerraformStack(app, id);
  new TencentcloudProvider(stack, 'tencentcloud', { region: 'ap-guangzhou' });
  return stack;
}

/** The message `fn` throws, or '' when it does not throw. */
export function errorOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return (e as Error).message;
  }
  return '';
}

/** The message of `Testing.synth(stack, true)`, validations run, or '' when it synthesizes. */
export function synthError(stack: TerraformStack): string {
  return errorOf(() => Testing.synth(stack, true));
}
