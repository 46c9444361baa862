// Queries over a synthesized stack shared by the stack tests: logical ids, each function's grants
// (resources rendered readable: the pipeline bucket's ARN is "bucket") and its environment.
import type { CfnResource, Stack } from 'aws-cdk-lib';
import type { Function as LambdaFunction } from 'aws-cdk-lib/aws-lambda';
import { expect } from 'vitest';
import type { BuiltStack } from './stack-fixture';

export type Json = any; // CloudFormation fragments

export const logicalId = (stack: Stack, construct: { node: { defaultChild?: unknown } } | CfnResource): string => {
  const cfn = ('cfnResourceType' in construct ? construct : construct.node.defaultChild) as CfnResource;
  return stack.resolve(cfn.logicalId) as string;
};

/** Renders a CloudFormation value as readable text: the pipeline bucket's ARN becomes "bucket". */
export function render(value: Json, bucketId: string): string {
  if (typeof value === 'string') return value;
  if (value?.['Fn::GetAtt']) {
    const [id, attr] = value['Fn::GetAtt'];
    return id === bucketId && attr === 'Arn' ? 'bucket' : `${id}.${attr}`;
  }
  if (value?.Ref) return `Ref(${value.Ref})`;
  if (value?.['Fn::Join']) return value['Fn::Join'][1].map((v: Json) => render(v, bucketId)).join(value['Fn::Join'][0]);
  return JSON.stringify(value);
}

export interface Grant {
  readonly resources: Set<string>;
  readonly conditions: Json[];
}

/** Every action the role of a function is allowed, with the resources it applies to. */
export function grantsOf(built: BuiltStack, fn: LambdaFunction): Map<string, Grant> {
  const { stack, template } = built;
  const bucketId = logicalId(stack, built.stack.bucket);
  const roleId = logicalId(stack, fn.role as unknown as CfnResource & { node: { defaultChild: unknown } });
  const grants = new Map<string, Grant>();
  for (const policy of Object.values(template.findResources('AWS::IAM::Policy')) as Json[]) {
    if (!policy.Properties.Roles.some((r: Json) => r.Ref === roleId)) continue;
    for (const statement of policy.Properties.PolicyDocument.Statement) {
      expect(statement.Effect).toBe('Allow');
      for (const action of [statement.Action].flat()) {
        const grant = grants.get(action) ?? { resources: new Set<string>(), conditions: [] };
        for (const resource of [statement.Resource].flat()) grant.resources.add(render(resource, bucketId));
        if (statement.Condition) grant.conditions.push(statement.Condition);
        grants.set(action, grant);
      }
    }
  }
  return grants;
}

export const objects = (...prefixes: string[]) => new Set(prefixes.map((p) => `bucket/${p}*`));
export const s3Actions = (grants: Map<string, Grant>) => [...grants.keys()].filter((a) => a.startsWith('s3:')).sort();

export function environmentOf(built: BuiltStack, fn: LambdaFunction): Record<string, Json> {
  const resource = built.template.toJSON().Resources[logicalId(built.stack, fn)];
  return resource.Properties.Environment.Variables;
}
