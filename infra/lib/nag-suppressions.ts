/**
 * @module
 * cdk-nag AwsSolutions findings we reviewed and accept, each acknowledged on
 * the narrowest construct with a one-line reason. Several are the privacy
 * promise itself: access logs would store residents' IP addresses.
 */
import { Stack, Token, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

const acknowledge = (scope: IConstruct, reasons: Record<string, string>) => {
  for (const [id, reason] of Object.entries(reasons)) Validations.of(scope).acknowledge({ id, reason });
};

/** The CDK's own BucketDeployment function (a stack-level singleton), which we do not write. */
function bucketDeploymentHandler(stack: Stack): IConstruct | undefined {
  return stack.node.children.find((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
}

export interface ReviewedFindingsScope {
  stack: Stack;
  bucket: IConstruct;
  distribution: IConstruct;
  customDomain: boolean;
  /** The distribution carries the edge WebACL (infra/lib/edge-waf.ts). */
  webAcl: boolean;
  publicRoutes: readonly IConstruct[];
}

export function suppressReviewedFindings({ stack, bucket, distribution, customDomain, webAcl, publicRoutes }: ReviewedFindingsScope): void {
  acknowledge(bucket, {
    'AwsSolutions-S1': 'Server access logs would record residents\' IP addresses, which the service promises never to store.',
  });
  acknowledge(distribution, {
    'AwsSolutions-CFR3': 'CloudFront access logs would record residents\' IP addresses and user agents; metrics come from aggregate counters.',
    'AwsSolutions-CFR1': 'No geo restriction: residents travelling or living abroad must still reach their municipality\'s help list.',
    ...(webAcl
      ? {}
      : { 'AwsSolutions-CFR2': 'Edge limits switched off (-c edgeWaf=false, the dev default): only the API Gateway route throttle caps the counting route.' }),
    ...(customDomain
      ? {}
      : { 'AwsSolutions-CFR4': 'The default *.cloudfront.net certificate cannot pin TLS 1.2; with -c domainName the policy is TLSv1.2_2021.' }),
  });
  for (const route of publicRoutes) {
    acknowledge(route, { 'AwsSolutions-APIG4': 'The resident counting route is anonymous by design; it accepts only validated aggregate events.' });
  }
  const handler = bucketDeploymentHandler(stack);
  if (handler) {
    acknowledge(handler, {
      'AwsSolutions-L1': 'CDK-managed BucketDeployment handler; its runtime is chosen and updated by aws-cdk-lib.',
      'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]':
        'CDK-managed BucketDeployment handler; it runs only during deploys.',
      'AwsSolutions-IAM5[Action::s3:GetObject*]': 'CDK-generated grant to read the deploy asset bucket.',
      'AwsSolutions-IAM5[Action::s3:GetBucket*]': 'CDK-generated grant to read the deploy asset bucket.',
      'AwsSolutions-IAM5[Action::s3:List*]': 'CDK-generated grant to list the asset and site buckets during sync.',
      'AwsSolutions-IAM5[Action::s3:DeleteObject*]': 'CDK-generated grant to prune removed pages from the site bucket.',
      'AwsSolutions-IAM5[Action::s3:Abort*]': 'CDK-generated grant to abort multipart uploads into the site bucket.',
      // With an explicit region (the edge WebACL pins one) the CDK writes the bucket's partition and region out.
      [Token.isUnresolved(stack.region)
        ? 'AwsSolutions-IAM5[Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-<AWS::Region>/*]'
        : `AwsSolutions-IAM5[Resource::arn:${stack.partition}:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*]`]:
        'Objects in the CDK bootstrap asset bucket, where the built front end is staged.',
      'AwsSolutions-IAM5[Resource::<HostingSite33EB2A12.Arn>/*]': 'Every object in the site bucket: the deployment replaces the whole site.',
      'AwsSolutions-IAM5[Resource::*]': 'CloudFront invalidations cannot be scoped to a distribution ARN by this CDK handler.',
    });
  }
}
