// Seed 2's CMQ consumer policy, built in code, checked and emitted as a Terraform output.
// Run alone: npx tsx examples/policy-document.ts
import { App, TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { Effect, Linter, PolicyDocument, PolicyStatement, Principal, QcsResource } from '../src';

const queue = (name: string) =>
  QcsResource.of({ service: 'cmqqueue', region: 'bj', account: 'uin/1238423', resourceType: 'queueName', resourceId: `uin/3232/${name}` }).toString();

export function consumerDocument(): PolicyDocument {
  return new PolicyDocument({
    statements: [
      new PolicyStatement({ effect: Effect.ALLOW, actions: ['name/cmqqueue:ListQueue'], resources: ['*'] }),
      new PolicyStatement({
        actions: ['name/cmqqueue:ReceiveMessage', 'name/cmqqueue:BatchDeleteMessage'],
        resources: [queue('myqueue'), queue('*')],
        principals: [Principal.user('1238423', '3232'), Principal.group('1238423', '13')],
      }),
    ],
  });
}

/** Adds this example's stacks to `scope`. */
export function build(scope: Construct): TerraformStack[] {
  const stack = new TerraformStack(scope, 'policy-document');
  const doc = consumerDocument();
  for (const f of new Linter().lintDocument(doc).findings) console.error(`${f.severity} ${f.code} ${f.path}: ${f.message}`);
  new TerraformOutput(stack, 'consumer_document', { value: doc.toJson() });
  return [stack];
}

if (require.main === module) {
  const app = new App();
  build(app);
  app.synth();
}
